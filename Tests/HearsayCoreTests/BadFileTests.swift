import Foundation
import Testing
@testable import HearsayCore

/// Hostile files: each is named in the list with what is wrong with it, and nothing else is lost.
@Suite("Bad files")
struct BadFileTests {
    /// A folder holding one file of each bad kind beside two good articles.
    private struct HostileFolder {
        let root: URL
        func path(_ name: String) -> String { root.appendingPathComponent(name).path }

        init() throws {
            root = try TestSupport.temporaryDirectory()
            try write("a-good.txt", Array("Good headline\n\"Fine,\" said Ana Costa.\n".utf8))
            try write("b-latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" headline\nBody.\n".utf8))
            var utf16: [UInt8] = [0xFE, 0xFF]
            for unit in "UTF-16 headline\nBody.\n".utf16 { utf16 += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
            try write("c-utf16.txt", utf16)
            try write("d-image.txt", BadFileTests.png)
            try write("e-program.txt", BadFileTests.elf)
            try write("f-empty.txt", [])
            #expect(mkfifo(path("g-pipe.txt"), 0o644) == 0)
            try FileManager.default.createSymbolicLink(atPath: path("h-loop.txt"), withDestinationPath: "h-loop.txt")
            try FileManager.default.createSymbolicLink(atPath: path("i-dangling.txt"), withDestinationPath: "nowhere.txt")
            try FileManager.default.createDirectory(atPath: path("j-folder"), withIntermediateDirectories: false)
            try FileManager.default.createSymbolicLink(atPath: path("j-folder/up"), withDestinationPath: "..")
            try write("j-folder/k-inner.txt", Array("Inner headline\nBody.\n".utf8))
            try FileManager.default.createSymbolicLink(atPath: path("l-ping"), withDestinationPath: "m-pong")
            try FileManager.default.createSymbolicLink(atPath: path("m-pong"), withDestinationPath: "l-ping")
            try sparse("n-huge.txt", size: 1 << 30)
            try write("z-good.txt", Array("Last headline\nBody.\n".utf8))
        }

        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: root.appendingPathComponent(name))
        }

        /// A file of `size` bytes that takes no room on disk.
        func sparse(_ name: String, size: Int) throws {
            #expect(FileManager.default.createFile(atPath: path(name), contents: nil))
            let handle = try #require(FileHandle(forWritingAtPath: path(name)))
            try handle.truncate(atOffset: UInt64(size))
            try handle.close()
        }
    }

    /// The first bytes of a PNG image, written here.
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
                               0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]
    /// The start of an ELF executable header, written here.
    static let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0]
        + Array("\n/lib64/ld-linux-x86-64.so.2\n".utf8)

    @Test("A folder of hostile files lists every entry with what is wrong with it, and the good ones open")
    func hostileFolder() throws {
        let folder = try HostileFolder()
        let catalog = LibraryCatalog(library: Library.scan([folder.root.path]), annotate: { _ in .empty })
        var rows: [String: String] = [:]
        for index in 0..<catalog.count {
            let name = String(catalog.entries[index].path.dropFirst(folder.root.path.count + 1))
            let summary = catalog.summary(at: index)
            rows[name] = summary.error.map(\.shortMessage) ?? summary.title + (summary.warnings.isEmpty ? "" : " (warned)")
        }
        #expect(rows == [
            "a-good.txt": "Good headline",
            "b-latin1.txt": "Caf\u{FFFD} headline (warned)",
            "c-utf16.txt": "UTF-16 headline (warned)",
            "d-image.txt": "binary file",
            "e-program.txt": "binary file",
            "f-empty.txt": "empty file",
            "g-pipe.txt": "not a regular file",
            "h-loop.txt": "symbolic link loop",
            "i-dangling.txt": "not found",
            "j-folder/k-inner.txt": "Inner headline",
            "l-ping": "symbolic link loop",
            "m-pong": "symbolic link loop",
            "n-huge.txt": "too large (1.0 GB)",
            "z-good.txt": "Last headline",
        ])
        var state = ReaderState(size: Size(width: 80, height: 20), articleCount: catalog.count)
        for index in 0..<catalog.count {
            state.selection = index
            let grid = Screen.render(state, catalog: catalog, theme: BuiltinThemes.standard)
            #expect(grid.rows.count == 20)
        }
    }

    @Test("A file that is deleted, emptied, made binary or swapped for a FIFO after the list was read says so")
    func changedAfterListing() throws {
        let folder = try HostileFolder()
        let catalog = LibraryCatalog(library: Library.scan([folder.root.path]), annotate: { _ in .empty })
        func error(_ name: String) -> ArticleError? {
            let index = catalog.entries.firstIndex { $0.path == folder.path(name) }
            return index.flatMap { catalog.summary(at: $0).error }
        }
        try FileManager.default.removeItem(atPath: folder.path("a-good.txt"))
        try folder.write("z-good.txt", [])
        try folder.write("j-folder/k-inner.txt", BadFileTests.png)
        try FileManager.default.removeItem(atPath: folder.path("b-latin1.txt"))
        #expect(mkfifo(folder.path("b-latin1.txt"), 0o644) == 0)
        #expect(error("a-good.txt") == .notFound(path: folder.path("a-good.txt")))
        #expect(error("z-good.txt") == .empty(path: folder.path("z-good.txt")))
        #expect(error("j-folder/k-inner.txt") == .binary(path: folder.path("j-folder/k-inner.txt")))
        #expect(error("b-latin1.txt") == .notRegularFile(path: folder.path("b-latin1.txt")))
        #expect(error("c-utf16.txt") == nil)
    }

    @Test("A 1 GB file and a file of one 50 MB line are refused by their size, without being read")
    func refusedBySize() throws {
        let folder = try HostileFolder()
        let huge = ArticleLoader.load(path: folder.path("n-huge.txt"))
        #expect(huge.failureValue == .tooLarge(path: folder.path("n-huge.txt"), size: 1 << 30, limit: ArticleLoader.sizeLimit))
        let line = [UInt8](repeating: 0x61, count: 50 * 1024 * 1024)
        try folder.write("one-line.txt", line)
        let long = ArticleLoader.load(path: folder.path("one-line.txt"))
        #expect(long.failureValue?.shortMessage == "too large (50.0 MB)")
        #expect(long.failureValue?.message.hasSuffix("the limit is \(ByteCount.describe(ArticleLoader.sizeLimit)))") == true)
    }

    @Test("A file larger than its stat size (one that grows while read) is cut off at the limit, not read whole")
    func statSizeLies() {
        // /proc files are regular files whose stat size is 0 whatever they hold: the read loop's own limit is what stops them.
        guard case .failure(.tooLarge(let size)) = FileReader.readRegularFile(path: "/proc/self/status", limit: 16) else {
            Issue.record("/proc/self/status was read past the limit")
            return
        }
        #expect(size > 16)
    }

    @Test("One enormous line under the size limit is cut into bounded paragraphs at spaces, with a warning")
    func longLineSplit() throws {
        let words = (0..<40_000).map { "w\($0 % 97)" }.joined(separator: " ")
        let text = "Headline\n" + words + "\n"
        let article = try ArticleLoader.article(from: Array(text.utf8), source: "long.txt").get()
        #expect(article.paragraphs.count > 20)
        #expect(article.paragraphs.allSatisfy { $0.text.unicodeScalars.count <= LongLineSplitter.maximumLength })
        #expect(article.warnings == [.longLinesSplit(lines: 1)])
        let scalars = Array(text.unicodeScalars)
        for paragraph in article.paragraphs {
            #expect(String(String.UnicodeScalarView(scalars[paragraph.range])) == paragraph.text)
            #expect(paragraph.text.first != " " && paragraph.text.last != " ")
        }
        let rejoined = article.paragraphs.map(\.text).joined(separator: " ")
        #expect(rejoined == words)
    }

    @Test("Permission denied is named as such, for a file and for a folder (a test seam: root reads anything)")
    func permissionDenied() {
        let denying = FileSystem(kind: FileSystem.system.kind, read: { _, _ in .failure(.system(errno: EACCES)) },
                                 list: { _ in .failure(.system(errno: EACCES)) })
        let loaded = ArticleLoader.load(path: TestSupport.seedsPath + "/000_2a5072412fe112ef.txt", fileSystem: denying)
        #expect(loaded.failureValue?.shortMessage == "permission denied")
        #expect(loaded.failureValue?.message.hasSuffix("000_2a5072412fe112ef.txt: permission denied") == true)
        let library = Library.scan([TestSupport.seedsPath], fileSystem: denying)
        #expect(library.entries.map(\.scanError) == [.permissionDenied(path: TestSupport.seedsPath)])
        let theme = ThemeLoader.load(path: "Themes/light.toml", base: BuiltinThemes.standard, fileSystem: denying)
        #expect(theme.failureValue?.message == "Themes/light.toml: cannot read the theme: permission denied")
    }

    @Test("Permission denied for real, when the tests do not run as root", .enabled(if: getuid() != 0, "root reads every file; the seam test and the end-to-end test under setpriv cover it"))
    func permissionDeniedForReal() throws {
        let folder = try HostileFolder()
        #expect(chmod(folder.path("a-good.txt"), 0) == 0)
        #expect(ArticleLoader.load(path: folder.path("a-good.txt")).failureValue == .permissionDenied(path: folder.path("a-good.txt")))
    }
}
