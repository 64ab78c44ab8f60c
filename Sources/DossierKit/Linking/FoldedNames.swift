/// The names of a `LinkInput` folded (`NameFolding`) and numbered: two strings that fold
/// alike ("NASA", "Nasa") have one number. Each string is folded once, on first use.
struct FoldedNames {
    private let strings: [String]
    private var numberOfString: [Int32]
    private var numbers: [String: Int32] = [:]
    /// Each folded text, by number.
    private(set) var texts: [String] = []

    init(strings: [String]) {
        self.strings = strings
        numberOfString = Array(repeating: -1, count: strings.count)
    }

    /// The number of a string's fold.
    mutating func number(ofString string: Int32) -> Int32 {
        if numberOfString[Int(string)] >= 0 { return numberOfString[Int(string)] }
        let number = number(ofFolded: NameFolding.fold(strings[Int(string)]))
        numberOfString[Int(string)] = number
        return number
    }

    /// The number of a text already folded, given one if it has none.
    mutating func number(ofFolded text: String) -> Int32 {
        if let known = numbers[text] { return known }
        let number = Int32(texts.count)
        numbers[text] = number
        texts.append(text)
        return number
    }

    /// The number of a text already folded, when it has one.
    func existingNumber(ofFolded text: String) -> Int32? { numbers[text] }

    func text(_ number: Int32) -> String { texts[Int(number)] }
}
