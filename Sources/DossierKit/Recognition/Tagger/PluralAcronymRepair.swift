/// An acronym in the plural ("APIs", "GPUs", "CEOs", "NGOs") is a common noun, no name: a
/// name of that one word is no name. A name is never written in capitals with a small "s".
enum PluralAcronymRepair {
    static func repair(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let text = document.text
        for name in TaggedName.all(in: tags, of: text) where name.tokens.count == 1 {
            let token = name.tokens.lowerBound
            guard text.withBytes(of: token, isPluralAcronym) else { continue }
            tags[token] = .outside
        }
    }

    /// Two capital letters or more, then "s".
    static func isPluralAcronym(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3, bytes[bytes.count - 1] == UInt8(ascii: "s") else { return false }
        return bytes.dropLast().allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
    }
}
