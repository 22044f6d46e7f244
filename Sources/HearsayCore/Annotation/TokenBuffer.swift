/// Room where the tokenizer writes a paragraph's tokens before they are copied into an array of their exact count:
/// cheaper than appending to an array one by one (no uniqueness check nor growth test through the generic path
/// for each token). Tokens are plain values, so the memory is neither initialised nor deinitialised element-wise.
struct TokenBuffer: ~Copyable {
    private var storage: UnsafeMutablePointer<Token>
    private var capacity: Int
    /// How many tokens are written.
    private(set) var count = 0

    /// Tokens a buffer has room for at first: those of a long paragraph (it doubles for longer ones).
    static let initialCapacity = 256

    init(capacity: Int = initialCapacity) {
        self.capacity = max(1, capacity)
        storage = UnsafeMutablePointer<Token>.allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// Writes `token` after the others.
    @inline(__always)
    mutating func append(_ token: Token) {
        if count == capacity { grow() }
        (storage + count).initialize(to: token)
        count += 1
    }

    /// Notes that the last token written has the next one right after it, no white space between: the tokenizer
    /// learns a token's `spaceAfter` when it reaches the next token (it is that token's `spaceBefore`).
    @inline(__always)
    mutating func joinLast() {
        if count > 0 { storage[count - 1].spaceAfter = false }
    }

    /// The tokens written, as an array; the buffer is emptied for the next paragraph.
    mutating func take() -> [Token] {
        let tokens = Array(UnsafeBufferPointer(start: storage, count: count))
        count = 0
        return tokens
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
