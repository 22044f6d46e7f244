import Foundation

/// Loads the annotator's word lists and gazetteer on two other threads while the library is scanned, so the
/// first frame does not wait for them one after the other (the second core is otherwise idle at start-up).
public enum AnnotatorWarmUp {
    /// Starts loading; the first annotation waits for it to finish if it has not.
    public static func start() {
        Lexicon.loadInParallel()
    }
}
