import Foundation
import Testing
@testable import HearsayCore

@Suite("Loading article files")
struct ArticleLoaderTests {
    @Test("invalid UTF-8 is read with replacement characters and a warning")
    func invalidUTF8() throws {
        let bytes: [UInt8] = Array("Head\nCaf".utf8) + [0xE9, 0x20] + Array("au lait.".utf8)
        let article = try ArticleLoader.article(from: bytes, source: "x.txt").get()
        #expect(article.paragraphs[0].text == "Caf\u{FFFD} au lait.")
        #expect(article.warnings == [.invalidUTF8(replacedSequences: 1)])
    }

    @Test("UTF-16 with a byte-order mark is decoded, with a warning")
    func utf16() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Head\nBody.".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let article = try ArticleLoader.article(from: bytes, source: "x.txt").get()
        #expect(article.headline.text == "Head")
        #expect(article.warnings == [.decodedUTF16])
    }

    @Test("an empty file, a blank file and a binary file are clear errors")
    func emptyAndBinary() {
        #expect(throws: ArticleError.empty(path: "e.txt")) { try ArticleLoader.article(from: [], source: "e.txt").get() }
        #expect(throws: ArticleError.empty(path: "b.txt")) { try ArticleLoader.article(from: Array(" \n\n \r\n".utf8), source: "b.txt").get() }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        #expect(throws: ArticleError.binary(path: "p.txt")) { try ArticleLoader.article(from: png, source: "p.txt").get() }
    }

    @Test("a missing file and a folder given as a file are errors that name the path")
    func missingFile() throws {
        let directory = try TestSupport.temporaryDirectory()
        let missing = directory.appendingPathComponent("gone.txt").path
        guard case .failure(let error) = ArticleLoader.load(path: missing) else {
            Issue.record("a missing file loaded")
            return
        }
        #expect(error.message.hasPrefix(missing))
        #expect(error == .notFound(path: missing))
        #expect(ArticleLoader.load(path: directory.path).failureValue == .notRegularFile(path: directory.path))
    }

    @Test("a FIFO is refused without blocking")
    func fifo() throws {
        let directory = try TestSupport.temporaryDirectory()
        let path = directory.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(path, 0o644) == 0)
        #expect(ArticleLoader.load(path: path).failureValue == .notRegularFile(path: path))
    }

    @Test("a file over the size limit is refused without being read")
    func tooLarge() throws {
        let directory = try TestSupport.temporaryDirectory()
        let path = directory.appendingPathComponent("huge.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(ArticleLoader.sizeLimit + 1))
        try handle.close()
        guard case .failure(.tooLarge(_, let size, _)) = ArticleLoader.load(path: path) else {
            Issue.record("an over-large file loaded")
            return
        }
        #expect(size == ArticleLoader.sizeLimit + 1)
    }

    @Test("folders are scanned recursively in name order, for .txt files only, round symlink loops")
    func scanning() throws {
        let root = try TestSupport.temporaryDirectory()
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("b/inner"), withIntermediateDirectories: true)
        for name in ["z.txt", "a.txt", "notes.md", "b/inner/c.txt", "b/d.txt", ".hidden.txt"] {
            #expect(manager.createFile(atPath: root.appendingPathComponent(name).path, contents: Data("T\nx".utf8)))
        }
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("b/inner/loop").path, withDestinationPath: root.path)
        let library = Library.scan([root.path, root.appendingPathComponent("missing").path])
        let names = library.entries.map { String($0.path.dropFirst(root.path.count + 1)) }
        #expect(names == ["a.txt", "b/d.txt", "b/inner/c.txt", "z.txt", "missing"])
        #expect(library.entries.last?.scanError != nil)
    }
}

extension Result {
    /// The error of a failure, nil for a success.
    var failureValue: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
