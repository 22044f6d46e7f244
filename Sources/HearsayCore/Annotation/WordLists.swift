/// Hand-written word lists of the project: titles, roles, function words, organisation words.
enum WordLists {
    /// Capitalised words that form titles before a name ("Foreign Minister", "Sen.", "Mr").
    /// Compared without a trailing period.
    static let titleWords: Set<String> = [
        "President", "Vice", "Prime", "Minister", "Foreign", "Defence", "Defense", "Finance", "Interior", "Deputy",
        "Secretary", "General", "Attorney", "Senator", "Sen", "Rep", "Representative", "Gov", "Governor", "Mayor",
        "Chancellor", "King", "Queen", "Prince", "Princess", "Crown", "Sheikh", "Sheik", "Emir", "Sultan", "Ayatollah",
        "Pope", "Cardinal", "Archbishop", "Bishop", "Rev", "Reverend", "Rabbi", "Imam", "Mr", "Mrs", "Ms", "Miss", "Mx",
        "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Judge", "Justice", "Chief",
        "Executive", "Chairman", "Chairwoman", "Chair", "Ambassador", "Envoy", "Gen", "Lt", "Col", "Capt", "Sgt",
        "Adm", "Maj", "Brig", "Cmdr", "Commander", "Inspector", "Detective", "Officer", "Coach", "Speaker", "Leader",
        "Congressman", "Congresswoman", "Councillor", "Councilman", "Councilwoman", "Commissioner", "Director",
        "Spokesman", "Spokeswoman", "Spokesperson", "CEO", "Former", "Acting", "Senior", "Trade", "Health",
        "Education", "Economy", "Energy", "Environment", "Home", "Culture", "Transport", "Agriculture", "Labor",
        "Labour", "State", "Supreme", "Lieutenant", "Colonel", "Captain", "Sergeant", "Admiral",
        "Major", "Private", "Corporal", "Presidential", "Candidate", "Nominee", "Democratic", "Republican",
        "Sens", "Reps", "Govs", "Mrs.", "First", "Elder", "Grand", "Ayatullah", "Mullah", "Patriarch", "Father",
        "Sister", "Brother", "Dean", "Provost", "Superintendent", "Sheriff", "Constable", "Marshal", "Field",
        "Staff", "Opposition", "Party", "Assemblyman", "Assemblywoman", "Delegate", "Premier", "Counsel",
        "Special", "Solicitor", "Press", "Budget", "Interim", "Managing", "Editor", "Founder", "Co-founder",
        "Alderman", "Alderwoman", "Councilmember", "Supervisor", "Trustee", "Magistrate", "Selectman", "Selectwoman",
    ]

    /// Titles that tell a person's gender.
    static let titleGender: [String: Gender] = [
        "Mr": .male, "Sir": .male, "Lord": .male, "King": .male, "Prince": .male, "Congressman": .male,
        "Chairman": .male, "Spokesman": .male, "Councilman": .male, "Baron": .male, "Father": .male, "Brother": .male,
        "Assemblyman": .male, "Sheikh": .male, "Emir": .male, "Sultan": .male,
        "Mrs": .female, "Ms": .female, "Miss": .female, "Dame": .female, "Lady": .female, "Queen": .female,
        "Princess": .female, "Baroness": .female, "Congresswoman": .female, "Chairwoman": .female,
        "Spokeswoman": .female, "Councilwoman": .female, "Sister": .female, "Assemblywoman": .female,
    ]

    /// Title words that on their own (without a name after them) can still be a person: "the President".
    static let roleNouns: Set<String> = [
        "president", "minister", "secretary", "senator", "governor", "mayor", "chancellor", "king", "queen", "prince",
        "spokesman", "spokeswoman", "spokesperson", "official", "chairman", "chairwoman", "chair", "ambassador",
        "envoy", "general", "commander", "judge", "chief", "director", "leader", "candidate", "nominee", "adviser",
        "advisor", "aide", "diplomat", "negotiator", "prosecutor", "lawyer", "attorney", "analyst", "professor",
        "economist", "expert", "executive", "premier", "congressman", "congresswoman", "representative",
        "lawmaker", "legislator", "manager", "coach", "founder", "owner", "researcher", "scientist", "doctor",
        "officer", "inspector", "detective", "colonel", "captain", "sheriff", "superintendent", "activist",
        "organizer", "organiser", "campaigner", "historian", "author", "writer", "businessman", "businesswoman",
        "billionaire", "mogul", "businessman", "veteran", "head", "boss", "strategist", "pollster", "consultant",
        "commissioner", "councillor", "councilman", "councilwoman", "deputy", "editor", "economist", "banker",
        "investor", "partner", "student", "teacher", "resident", "mother", "father", "woman", "man", "nurse",
        "farmer", "engineer", "architect", "curator", "pastor", "priest", "bishop", "cleric", "imam", "rabbi",
    ]

    /// Capitalised words that begin sentences but are never names or places.
    static let nonNameWords: Set<String> = [
        "The", "A", "An", "But", "And", "Or", "Nor", "So", "Yet", "In", "On", "At", "It", "Its", "It's", "He", "She",
        "They", "We", "I", "You", "This", "That", "These", "Those", "When", "While", "If", "As", "After", "Before",
        "Since", "For", "With", "By", "From", "To", "Of", "His", "Her", "Their", "Our", "My", "Your", "There", "Here",
        "What", "Who", "Whom", "Which", "Why", "How", "Where", "Some", "Many", "Most", "Few", "All", "Both", "Each",
        "Every", "No", "Not", "Also", "Still", "Even", "Just", "Only", "Then", "Now", "Meanwhile", "However",
        "Although", "Though", "Because", "Despite", "During", "Under", "Over", "Among", "Between", "Through",
        "About", "Against", "Without", "Within", "Across", "Later", "Earlier", "Last", "Next", "One", "Two", "Three",
        "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Such", "Other", "Another", "More", "Less", "Much",
        "Instead", "Indeed", "Asked", "Yes", "Well", "Oh", "Thank", "Please", "Let", "Do", "Does", "Did", "Is",
        "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had", "Will", "Would", "Can", "Could", "Should", "May",
        "Might", "Must", "Shall", "Once", "Until", "Unless", "Whether", "Whatever", "Whoever", "Perhaps",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "June", "July", "August", "September", "October", "November", "December", "Today", "Tonight",
        "Yesterday", "Tomorrow", "Like", "Unlike", "Along", "Around", "Near", "Into", "Onto", "Upon", "Off", "Out",
        "Up", "Down", "Than", "Via", "Per", "Toward", "Towards", "Beyond", "Behind", "Below", "Above", "Amid",
        "Amongst", "Throughout", "Regardless", "According", "Speaking", "Asked", "Here's", "There's", "That's",
        "What's", "Who's", "Don't", "Doesn't", "Didn't", "Isn't", "Aren't", "Wasn't", "Weren't", "Can't", "Won't",
        "I'm", "I've", "We're", "We've", "They're", "You're", "He's", "She's", "Let's", "Everyone", "Everybody",
        "Nobody", "Someone", "Somebody", "Anyone", "Nothing", "Something", "Everything", "Anything", "None",
        "Sources", "Officials", "Police", "Witnesses", "Critics", "Supporters", "Analysts", "Experts", "Residents",
    ]

    /// Words after a place name that make the whole an organisation ("New York Times", "Bank of England").
    static let organisationHeads: Set<String> = [
        "Times", "Post", "Journal", "Herald", "Tribune", "News", "Bank", "University", "College", "School",
        "Institute", "Council", "Party", "Police", "Department", "Ministry", "Airport", "FC", "United", "Corp",
        "Corporation", "Inc", "Group", "Company", "Co", "Ltd", "Association", "Agency", "Committee", "Commission",
        "Foundation", "Fund", "Court", "Army", "Navy", "Hospital", "Church", "Museum", "Club", "Airlines",
        "Airways", "Stock", "Exchange", "Authority", "Service", "Center", "Centre", "Organization", "Organisation",
        "Network", "Press", "Chronicle", "Gazette", "Daily", "Star", "Globe", "Mirror", "Telegraph", "Observer",
        "Examiner", "Inquirer", "Bulletin", "Magazine", "Review", "Sun", "Express", "Standard", "Independent",
        "Guardian", "Record", "Free", "Republic", "Rangers", "City", "Giants", "Yankees", "Mets", "Jets", "Knicks",
        "Lakers", "Bulls", "Celtics", "Red", "Blue", "Pirates", "Cardinals", "Senators", "Nationals", "Capitals",
        "Legislature", "Assembly", "Parliament", "Congress", "Senate", "Railway", "Railways", "Energy", "Oil",
        "Petroleum", "Telecom", "Motors", "Holdings", "Partners", "Capital", "Securities", "Insurance", "Trust",
        "Federation", "Union", "League", "Alliance", "Coalition", "Movement", "Front", "Brigade", "Brigades",
        "Regiment", "Division", "Command", "Guard", "Guards", "Forces", "Prize", "Open", "Cup", "Grand", "Marathon",
        "Conference", "Summit", "Accord", "Accords", "Agreement", "Treaty", "Protocol", "Declaration",
        "Convention", "Games", "Olympics", "Festival", "Symphony", "Orchestra", "Opera", "Ballet", "Theatre",
        "Theater", "Zoo", "Library", "Archives", "Office", "Board", "Reserve", "Mint", "Port", "Harbour", "Harbor",
        "Steel", "Airport's", "Observatory", "Station", "Square", "Street", "Avenue", "Road", "Bridge", "Tower",
        "Palace", "Hall", "Stadium", "Arena", "Park", "Gardens", "Mall", "Hotel", "Radio", "Television", "TV",
        "Treasury", "Treasuries", "PMI", "Police", "Airlines",
    ]

    /// Words before "of PLACE" that make it part of an organisation or title ("Bank of England").
    static let organisationOfHeads: Set<String> = [
        "Bank", "University", "Archbishop", "Bishop", "Duke", "Duchess", "Prince", "Princess", "Earl", "Council",
        "Museum", "Institute", "College", "School", "Church", "Government", "Ministry",
        "Department", "Court", "Parliament", "Assembly", "Diocese",
        "Chamber", "Federation", "League", "Union", "Association", "Society", "Academy", "Library", "Orchestra",
        "Symphony", "Commonwealth", "Battle", "Siege", "Treaty", "Declaration", "Statue", "Tower", "Cooperation",
        "Organisation", "Organization", "Security", "Bureau", "Office", "Agency", "Commission", "Committee", "Board",
    ]

    /// Organisations that contain or look like place names, and militant groups: never places or persons.
    static let organisations: Set<String> = [
        "Islamic State", "Isis", "ISIS", "ISIL", "Isil", "Daesh", "Hamas", "Hezbollah", "Hizbollah", "Taliban",
        "al-Qaeda", "al-Qaida", "Al-Qaeda", "Al Qaeda", "AFP", "Reuters", "AP", "BBC", "CNN", "IBTimes", "NATO",
        "Nato", "UN", "EU", "European Union", "United Nations", "Pentagon", "Kremlin", "Congress",
        "Senate", "Parliament", "Fox News", "Breitbart", "Politico", "Wall Street Journal", "Warner Bros",
        "Boko Haram", "al-Shabaab", "Al-Shabaab", "Muslim Brotherhood", "Red Cross", "Red Crescent", "OPEC",
        "Opec", "IMF", "World Bank", "WHO", "Interpol", "Europol", "Amnesty International", "Human Rights Watch",
    ]

    /// The first words of `organisations`, to rule most words out with one lookup.
    static let organisationFirstWords: Set<String> = Set(organisations.compactMap { $0.split(separator: " ").first.map(String.init) })

    /// Name particles that stay lower case inside a name ("Haidar al-Abadi", "Pieter van der Berg").
    static let nameParticles: Set<String> = [
        "al", "el", "bin", "bint", "ibn", "abu", "van", "der", "den", "von", "zu", "de", "la", "le", "del", "della",
        "di", "da", "das", "dos", "du", "ter", "ten", "degli", "dei", "dello", "des", "binti", "y",
    ]

    /// Particles that join a name with a hyphen only: "ad-Din", "as-Sisi", "ash-Shami".
    static let hyphenParticles: Set<String> = nameParticles.union(["ad", "ar", "as", "ash", "at", "az", "an", "ud"])

    /// Name suffixes: "Jr.", "III".
    static let nameSuffixes: Set<String> = ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "V"]

    /// News agencies that appear in credit lines ("reports AFP"), never as speakers of a quote.
    static let newsAgencies: Set<String> = [
        "AFP", "Reuters", "AP", "Associated Press", "Agence France-Presse", "Bloomberg", "Xinhua", "Tass", "TASS",
        "Interfax", "RIA", "Yonhap", "Kyodo", "dpa", "DPA", "ANSA", "EFE", "PA", "UPI", "IBTimes",
    ]
}
