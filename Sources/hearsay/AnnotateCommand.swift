import ArgumentParser
import Foundation
import HearsayCore

/// `hearsay annotate [--json] PATH...`: print each article's quotes, speakers and places.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Print the quotes, speakers and places of articles.",
        discussion: """
            Files are read whatever their name; folders contribute their .txt files, recursively, in name order.
            Exit status: 0 when every file was read, 1 when some could not be, 2 for bad usage.
            """
    )

    @Flag(name: .long, help: "Print JSON Lines, one object per article (the evaluation format).")
    var json = false

    @Argument(help: "Article files or folders.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder") }
    }

    func run() throws {
        AnnotatorWarmUp.start()
        let library = Library.scan(paths)
        let annotator = Annotator()
        var failures = 0
        if library.entries.isEmpty { Console.error("no .txt articles found in \(SafeText.sanitize(paths.joined(separator: ", ")))") }
        for entry in library.entries {
            let loaded = entry.scanError.map { Result<Article, ArticleError>.failure($0) } ?? ArticleLoader.load(path: entry.path)
            switch loaded {
            case .failure(let error):
                failures += 1
                Console.error(SafeText.sanitize(error.message))
            case .success(let article):
                for warning in article.warnings {
                    Console.error("warning: \(SafeText.sanitize(entry.path)): \(ArticleWarningText.describe(warning))")
                }
                let annotation = annotator.annotate(article)
                if json {
                    Console.output(AnnotationJSON.line(file: entry.path, article: article, annotation: annotation) + "\n")
                } else {
                    Console.output(AnnotationListing.render(article: article, annotation: annotation) + "\n")
                }
            }
        }
        if failures > 0 || library.entries.isEmpty { throw ExitCode(1) }
    }
}
