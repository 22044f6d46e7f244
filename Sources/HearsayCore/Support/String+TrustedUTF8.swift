extension String {
    /// A string of `bytes`, which the caller knows to be well-formed UTF-8 (checked by `UTF8Validator`, or cut from
    /// a String at scalar boundaries), copied without being checked again; `isASCII` must say whether they are all
    /// ASCII, as the string records it (exact, so the string is the same as one decoded the ordinary way).
    ///
    /// Checking is the costly part of `String(decoding:as:)` (about nine instructions a byte); debug builds check
    /// anyway, and that both promises hold.
    init(trustedUTF8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        assert(String(validating: bytes, as: UTF8.self) != nil, "bytes that are not UTF-8")
        assert(isASCII == bytes.allSatisfy { $0 < 0x80 }, "isASCII is wrong")
        if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
            self = String(copying: unsafe UTF8Span(unchecked: Swift.Span(_unsafeElements: bytes), isKnownASCII: isASCII))
        } else {
            self = String(decoding: bytes, as: UTF8.self)
        }
    }
}
