/// The words the generator draws from: people, places, bodies and the phrases of news writing.
enum NewsVocabulary {
    static let givenNames = [
        "Ana", "Rui", "Maria", "João", "Beatriz", "Carlos", "Sofia", "Ahmed", "Fatima", "Yusuf", "Leila", "Hiroshi",
        "Yuki", "Kenji", "Amara", "Kwame", "Chidi", "Olga", "Sergei", "Irina", "Pierre", "Claire", "Hans", "Greta",
        "Liam", "Emma", "Noah", "Olivia", "Mateo", "Lucía", "Priya", "Arjun", "Mei", "Wei", "Dmitri", "Elena",
        "Tomás", "Inés", "Samuel", "Grace", "Daniel", "Sarah", "David", "Laura", "Marco", "Giulia", "Nadia", "Omar",
    ]

    static let surnames = [
        "Costa", "Mendonça", "Silva", "Pereira", "Haddad", "Nasser", "Tanaka", "Sato", "Okafor", "Mensah", "Ivanova",
        "Petrov", "Dubois", "Laurent", "Müller", "Schmidt", "Johnson", "Williams", "García", "Fernández", "Sharma",
        "Patel", "Chen", "Wang", "Novak", "Kowalski", "Rossi", "Bianchi", "O'Brien", "Murphy", "Kim", "Park", "Nguyen",
        "Osei", "Abadi", "Lavrov", "Moreau", "Jansen", "de Vries", "Andersson", "Lindqvist", "Costa Reis", "Almeida",
    ]

    static let titles = [
        "Mayor", "Foreign Minister", "Prime Minister", "President", "Professor", "Dr", "Senator", "Governor",
        "Deputy Mayor", "Health Minister", "Finance Minister", "General", "Judge", "Chief Executive",
    ]

    static let roles = [
        "a hospital porter", "a spokeswoman for the ministry", "a spokesman for the city council", "a local shopkeeper",
        "an economist at the central bank", "a retired teacher", "the head of the port authority", "a union leader",
        "a farmer", "a researcher at the university", "the chair of the residents' association", "a nurse",
    ]

    static let cities = [
        "Lisbon", "Porto", "Vigo", "Madrid", "Paris", "Lyon", "Berlin", "Hamburg", "Rome", "Milan", "Vienna", "Prague",
        "Warsaw", "Kyiv", "Cairo", "Nairobi", "Lagos", "Accra", "Johannesburg", "Mumbai", "Delhi", "Jakarta", "Manila",
        "Osaka", "Tokyo", "Seoul", "Beijing", "Sydney", "Lima", "Bogotá", "São Paulo", "Chicago", "Boston", "Toronto",
        "Rotterdam", "Brussels", "Aleppo", "Baghdad", "Istanbul", "Athens", "Nice", "Reading", "Dublin", "Oslo",
    ]

    static let countries = [
        "Portugal", "Spain", "France", "Germany", "Italy", "Austria", "Poland", "Ukraine", "Egypt", "Kenya", "Nigeria",
        "Ghana", "India", "Indonesia", "Japan", "Brazil", "Peru", "Colombia", "Canada", "Iraq", "Syria", "Turkey",
        "Greece", "Ireland", "Norway", "Belgium", "the Netherlands", "Australia", "Mexico", "Vietnam",
    ]

    static let bodies = [
        "the city council", "the transport ministry", "the regional government", "the port authority",
        "the national water company", "the health service", "the central bank", "the teachers' union",
        "the chamber of commerce", "the electoral commission", "the football federation", "the housing agency",
    ]

    static let nouns = [
        "bridge", "ferry service", "water supply", "rail line", "hospital wing", "school budget", "harbour",
        "housing plan", "power grid", "bus network", "flood barrier", "market hall", "museum", "airport runway",
        "tax reform", "wage deal", "peace talks", "trade agreement", "vaccination drive", "recycling scheme",
    ]

    static let verbs = [
        "rebuild", "expand", "close", "reopen", "fund", "review", "delay", "approve", "cancel", "modernise",
        "protect", "privatise", "inspect", "extend", "replace",
    ]

    static let quoteOpeners = [
        "We will", "Nobody here wants to", "It is time to", "We cannot afford to", "I have asked them to",
        "They promised to", "Our job is to", "People are tired of waiting for us to", "We are ready to",
        "It would be a mistake to", "The government must", "I do not think we should",
    ]

    static let quoteClosers = [
        "before the winter", "this year", "without more money", "on time for once", "for the next generation",
        "as soon as the contracts are signed", "whatever the cost", "if the river allows it", "in the spring",
        "and everyone knows it", "before anyone else gets hurt", "the way we did in 1998",
    ]

    static let speechVerbs = ["said", "told reporters", "added", "said on Tuesday", "told the BBC", "warned"]

    static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    static let fillers = [
        "The decision follows months of complaints from residents",
        "Officials did not give a date for the work to begin",
        "The plan still needs the approval of parliament",
        "Costs have risen sharply since the project was first announced",
        "Opposition parties called the announcement a stunt before the election",
        "Similar schemes have been tried before with mixed results",
        "Traffic on the main road was diverted for most of the day",
        "Figures released last week showed the number of users had fallen by almost a third",
    ]
}
