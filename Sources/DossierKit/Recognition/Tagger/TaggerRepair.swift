/// The passes that correct the decoder's tags, in the order they run. Each is kept only
/// while `dossier-bench ablation`, which switches each off in turn, shows that it helps on
/// the tuning halves of the development sets, data it was not written for (docs/recognition.md
/// records the passes dropped so).
enum TaggerRepair: String, CaseIterable, Sendable {
    case nameBoundary = "NameBoundaryRepair"
    case personName = "PersonNameRepair"
    case surnameAgreement = "SurnameAgreementRepair"
    case nameKindVote = "NameKindVoteRepair"
    case pageFurniture = "PageFurnitureRepair"
    case pluralAcronym = "PluralAcronymRepair"

    func apply(to tags: inout [EntityTag], in document: TaggingDocument, gazetteers: Gazetteers) {
        switch self {
        case .nameBoundary: NameBoundaryRepair.repair(&tags, in: document, gazetteers: gazetteers)
        case .personName: PersonNameRepair.repair(&tags, in: document, gazetteers: gazetteers)
        case .surnameAgreement: SurnameAgreementRepair.repair(&tags, in: document, gazetteers: gazetteers)
        case .nameKindVote: NameKindVoteRepair.repair(&tags, in: document, gazetteers: gazetteers)
        case .pageFurniture: PageFurnitureRepair.repair(&tags, in: document, gazetteers: gazetteers)
        case .pluralAcronym: PluralAcronymRepair.repair(&tags, in: document)
        }
    }
}
