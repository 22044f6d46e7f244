/// The quotation marks of an article's paragraphs, each classified once: both the count that picks the outer
/// family and the pairing of quotes read them, instead of each scanning every token for marks.
struct ArticleQuoteMarks {
    /// Every paragraph's classified marks, paragraph after paragraph, in token order.
    private var marks: [QuoteMark] = []
    /// Where each paragraph's marks lie in `marks`.
    private var starts: [Int] = [0]

    /// The marks of `paragraphs` (`paragraphs[i]` is the token list of paragraph i).
    init(_ paragraphs: [Tokens]) {
        starts.reserveCapacity(paragraphs.count + 1)
        var shapes = QuoteMarkShapes()
        for tokens in paragraphs {
            // Most tokens are not marks: their kinds are read from the buffer, without bounds checks.
            tokens.list.withUnsafeBufferPointer { list in
                for index in list.indices where list[index].kind == .quoteMark {
                    if let mark = QuoteMark.classify(tokens, at: index, shapes: &shapes) { marks.append(mark) }
                }
            }
            starts.append(marks.count)
        }
    }

    /// The classified marks of paragraph `paragraph`, in order.
    func marks(of paragraph: Int) -> ArraySlice<QuoteMark> {
        marks[starts[paragraph]..<starts[paragraph + 1]]
    }

    /// The mark that is the first token of paragraph `paragraph`, if that token is one.
    func markAtStart(of paragraph: Int) -> QuoteMark? {
        marks(of: paragraph).first.flatMap { $0.tokenIndex == 0 ? $0 : nil }
    }

    /// The family that opens more quotes outside paragraph `skipped` (the headline): double marks in American
    /// style, single in British.
    func outerFamily(skipping skipped: Int?) -> QuoteMark.Family {
        var doubles = 0, singles = 0
        for paragraph in 0..<(starts.count - 1) where paragraph != skipped {
            for mark in marks(of: paragraph) where mark.canOpen && !mark.canClose {
                if mark.family == .double { doubles += 1 } else { singles += 1 }
            }
        }
        return singles > doubles ? .single : .double
    }
}
