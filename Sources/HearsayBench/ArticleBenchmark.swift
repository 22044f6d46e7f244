import HearsayCore

/// The long article in the reader at the plan's size: the time to open it, key-to-frame latency for each kind
/// of key, and the time to re-wrap after a resize.
public struct ArticleBenchmark {
    public let plan: BenchmarkPlan

    public init(plan: BenchmarkPlan) {
        self.plan = plan
    }

    /// Queries typed a character at a time: lower case (any case) and capitalised (exact case).
    static let typedQueries = ["ferry", "Lisbon", "minister", "harbour", "Costa", "water supply"]
    /// The query `n` steps through.
    static let searchQuery = "mayor"

    public func run() throws -> [BenchmarkRow] {
        let path = try Fixtures.longArticle(plan: plan)
        let megabytes = ReportFormat.number(plan.articleMB)
        let size = Size(width: plan.width, height: plan.height)
        let opened = Stopwatch.measure { () -> ReaderDriver in
            var driver = ReaderDriver(catalog: LibraryCatalog(library: Library(entries: [Library.Entry(path: path)])), size: size)
            driver.press(.open)
            return driver
        }
        var driver = opened.value
        var rows = [BenchmarkRow(id: "article.open", label: "open the \(megabytes) MB article (first frame)", unit: "ms",
                                 median: opened.milliseconds, note: "read, decode, lay out, annotate what is on screen")]
        rows.append(keyRow("key.line", "key → frame: line scroll (j)", repeating: .moveDown, reset: .top, &driver))
        rows.append(keyRow("key.page", "key → frame: page (Space)", repeating: .pageDown, reset: .top, &driver))
        rows.append(keyRow("key.quote", "key → frame: quote jump (])", repeating: .nextQuote, reset: .top, &driver))
        driver.press(.top)
        driver.press(.startSearch)
        for character in Self.searchQuery { driver.press(.searchInput(character)) }
        driver.press(.searchConfirm)
        rows.append(keyRow("key.search-next", "key → frame: search next (n)", repeating: .nextMatch, reset: nil, &driver))
        rows.append(typingRow(&driver))
        rows.append(resizeRow(&driver))
        return rows
    }

    private func keyRow(_ id: String, _ label: String, repeating action: Action, reset: Action?,
                        _ driver: inout ReaderDriver) -> BenchmarkRow {
        if let reset { driver.press(reset) }
        var samples = Samples()
        while samples.count < plan.keys { samples.add(driver.press(action)) }
        return BenchmarkRow(id: id, label: label, unit: "ms", median: samples.median, p99: samples.p99,
                            samples: samples.count, budget: .atMost(5, .p99))
    }

    private func typingRow(_ driver: inout ReaderDriver) -> BenchmarkRow {
        var samples = Samples()
        var query = 0
        while samples.count < plan.keys {
            driver.press(.startSearch)
            for character in Self.typedQueries[query % Self.typedQueries.count] {
                samples.add(driver.press(.searchInput(character)))
            }
            driver.press(.searchCancel)
            query += 1
        }
        return BenchmarkRow(id: "key.typing", label: "key → frame: typing a search query", unit: "ms",
                            median: samples.median, p99: samples.p99, samples: samples.count, budget: .atMost(5, .p99),
                            note: "incremental search, \(Self.typedQueries.count) queries typed in turn")
    }

    /// Resizes to widths that each give a new text width (so nothing is cached), timing update + frame.
    private func resizeRow(_ driver: inout ReaderDriver) -> BenchmarkRow {
        var samples = Samples()
        let widths = [143, 139, 135, 131, 127, 123, 119, 115, 111, 107, 103]
        for width in widths {
            samples.add(driver.press(.resize(Size(width: width, height: plan.height))))
        }
        return BenchmarkRow(id: "resize", label: "re-wrap after resize (\(ReportFormat.number(plan.articleMB)) MB article)",
                            unit: "ms", median: samples.median, p99: samples.percentile(1), samples: samples.count,
                            budget: .atMost(100), note: "p99 column: the slowest of \(samples.count) resizes")
    }
}
