/// The passes that correct the decoder's tags, in the order they run. Each is kept only
/// while `dossier-bench ablation`, which switches each off in turn, shows that it helps on
/// data it was not written for.
enum TaggerRepair: String, CaseIterable, Sendable {
    case nameBoundary = "NameBoundaryRepair"
    case regionName = "RegionNameRepair"
    case personName = "PersonNameRepair"
    case titledName = "TitledNameRepair"
    case mistakenPerson = "MistakenPersonRepair"
    case listAgreement = "ListAgreementRepair"
    case ordinaryWord = "OrdinaryWordRepair"
    case placeName = "PlaceNameRepair"
    case surnameAgreement = "SurnameAgreementRepair"
    case nameKindVote = "NameKindVoteRepair"
    case pageFurniture = "PageFurnitureRepair"

    func apply(to tags: inout [EntityTag], in document: TaggingDocument, gazetteers: Gazetteers) {
        switch self {
        case .nameBoundary: NameBoundaryRepair.repair(&tags, in: document, gazetteers: gazetteers)
        case .regionName: RegionNameRepair.repair(&tags, in: document, gazetteers: gazetteers)
        case .personName: PersonNameRepair.repair(&tags, in: document, gazetteers: gazetteers)
        case .titledName: TitledNameRepair.repair(&tags, in: document)
        case .mistakenPerson: MistakenPersonRepair.repair(&tags, in: document)
        case .listAgreement: ListAgreementRepair.repair(&tags, in: document)
        case .ordinaryWord: OrdinaryWordRepair.repair(&tags, in: document)
        case .placeName: PlaceNameRepair.repair(&tags, in: document, gazetteers: gazetteers)
        case .surnameAgreement: SurnameAgreementRepair.repair(&tags, in: document, gazetteers: gazetteers)
        case .nameKindVote: NameKindVoteRepair.repair(&tags, in: document, gazetteers: gazetteers)
        case .pageFurniture: PageFurnitureRepair.repair(&tags, in: document, gazetteers: gazetteers)
        }
    }
}
