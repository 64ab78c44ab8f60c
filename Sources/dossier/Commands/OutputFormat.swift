import ArgumentParser

enum CleanFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

enum EntitiesFormat: String, ExpressibleByArgument, CaseIterable {
    case json, tsv
}
