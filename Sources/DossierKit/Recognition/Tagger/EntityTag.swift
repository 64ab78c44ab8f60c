/// The nine IOB2 tags of the sequence tagger: outside, or the beginning or inside of a
/// person, location, organization or miscellaneous name (the CoNLL-2003 types).
enum EntityTag: Int, CaseIterable, Sendable {
    case outside
    case beginPerson, insidePerson
    case beginLocation, insideLocation
    case beginOrganization, insideOrganization
    case beginMiscellaneous, insideMiscellaneous

    static let count = 9

    enum EntityType: Int, CaseIterable, Sendable {
        case person, location, organization, miscellaneous

        var label: String { ["PER", "LOC", "ORG", "MISC"][rawValue] }
    }

    init(_ type: EntityType, begins: Bool) {
        self.init(rawValue: 1 + type.rawValue * 2 + (begins ? 0 : 1))!
    }

    var type: EntityType? { self == .outside ? nil : EntityType(rawValue: (rawValue - 1) / 2) }
    var begins: Bool { self != .outside && (rawValue - 1) % 2 == 0 }

    /// Whether this tag may follow `previous`: an inside tag continues a name of its own type.
    func mayFollow(_ previous: EntityTag) -> Bool {
        guard self != .outside, !begins else { return true }
        return previous.type == type
    }

    /// This tag as it stands after `previous`: a person's or place's name that would begin
    /// right after another of its type continues it instead. Newswire all but never writes two
    /// people or two places side by side; where the tagger sees two, it has split one
    /// ("Donald | J. Trump"). Organizations and other names do stand side by side.
    func joined(after previous: EntityTag) -> EntityTag {
        guard let type, begins, previous.type == type, type == .person || type == .location else { return self }
        return EntityTag(type, begins: false)
    }

    /// "B-PER", "I-LOC", "O".
    var label: String {
        guard let type else { return "O" }
        return (begins ? "B-" : "I-") + type.label
    }

    /// `label` as UTF-8, for writers that build bytes.
    var labelBytes: [UInt8] { Self.labelBytes[rawValue] }
    private static let labelBytes = allCases.map { Array($0.label.utf8) }

    /// Reads an IOB1 or IOB2 label; `previous` turns IOB1's "I-" at a name's start into "B-".
    init?(label: some StringProtocol, previous: EntityTag) {
        if label == "O" { self = .outside; return }
        let parts = label.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, let type = EntityType.allCases.first(where: { $0.label == parts[1] }) else { return nil }
        let begins = parts[0] == "B" || previous.type != type
        self.init(type, begins: begins)
    }
}
