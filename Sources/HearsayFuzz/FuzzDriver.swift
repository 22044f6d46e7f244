import Foundation

/// The entry point. Built with `-sanitize=fuzzer -DFUZZING` it hands over to libFuzzer (SwiftPM links an
/// executable's `main` to this type, so libFuzzer's own `main` never runs and is called as a library).
/// Otherwise (a plain or `-sanitize=address` build) it is a deterministic driver: every seed of the corpus
/// folders, then a fixed number of mutations of them from a fixed random seed, through the same
/// `FuzzOneInput.run`.
///
///     hearsay-fuzz [-runs=N] [-seed=S] CORPUS...     (with libFuzzer: any libFuzzer flags)
@main
struct FuzzDriver {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzTestOneInput(data, size) })
        #else
        runDeterministically()
        #endif
    }

    private static func runDeterministically() {
        var runs = 10_000
        var seed: UInt64 = 1
        var folders: [String] = []
        for argument in CommandLine.arguments.dropFirst() {
            if argument.hasPrefix("-runs="), let value = Int(argument.dropFirst(6)) { runs = value }
            else if argument.hasPrefix("-seed="), let value = UInt64(argument.dropFirst(6)) { seed = value }
            else { folders.append(argument) }
        }
        let corpus = folders.flatMap(seeds(in:))
        guard !corpus.isEmpty else {
            FileHandle.standardError.write(Data("hearsay-fuzz: no seed files in \(folders)\n".utf8))
            exit(2)
        }
        for input in corpus { FuzzOneInput.run(input) }
        var mutator = Mutator(seed: seed, corpus: corpus)
        for _ in 0..<runs { FuzzOneInput.run(mutator.next()) }
        print("hearsay-fuzz: \(corpus.count) seeds and \(runs) mutations, seed \(seed): no failure")
    }

    private static func seeds(in folder: String) -> [[UInt8]] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().compactMap { FileManager.default.contents(atPath: folder + "/" + $0).map { [UInt8]($0) } }
    }
}

#if FUZZING
/// libFuzzer as a library: parses its flags from `argv` and fuzzes `callback` until done.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32
#endif
