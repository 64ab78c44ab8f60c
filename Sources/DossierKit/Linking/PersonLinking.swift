/// Decides which person each person mention of a corpus refers to.
///
/// Full names with the same surname and matching given names ("Alexander Lukashenko",
/// "Aleksandr Lukashenko") are one person; a given name the name lists lack counts as a given
/// name all the same ("Dawit Bekele" is not "Abebe Bekele"), except in a nickname: a form
/// with such a word that the corpus uses once, before the surname of the only person its
/// article names in full with a listed first name, and before the article first names that
/// person in full, in another sentence, is that person ("Teflon Lukashenko" in the headline
/// over "President Aleksandr Lukashenko"; "Daniel Reyes met Olusegun Reyes" and "Daniel Reyes
/// left. Olusegun Reyes stayed." name two). A bare surname, or a surname
/// after an ordinary word that is no first name, a nickname or epithet ("Comrade
/// Lukashenko"), goes to the full name used nearest before it in the same article, else to
/// the only person of that surname named in full in the article, else to the one the corpus
/// names in full (alone, or in nine full names of ten with that surname); when that is
/// unclear it stays a person of its own.
struct PersonLinking {
    /// Where a person mention is: its article and its index in that article's list.
    struct Place: Hashable {
        let article: Int
        let index: Int
    }

    /// For each person mention, a person number; mentions with one number are one person.
    private(set) var personOf: [Place: Int] = [:]
    private(set) var personCount = 0

    /// - Parameters:
    ///   - names: each article's mentions, the person mentions' names and nil for the rest;
    ///   - sentences: the number of the sentence each mention stands in, per article.
    init(names: [[PersonName?]], sentences: [[Int]], isFirstName: (String) -> Bool, isOrdinaryWord: (String) -> Bool) {
        // People named in full, by surname: each person with the given names seen for them.
        var people: [String: [(person: Int, given: Set<String>)]] = [:]
        func person(surname: String, given: String) -> Int {
            var list = people[surname, default: []]
            if let found = list.firstIndex(where: { $0.given.contains(given) }) { return list[found].person }
            if let found = list.firstIndex(where: { $0.given.contains { PersonName.givenNamesMatch($0, given) } }) {
                list[found].given.insert(given)
                people[surname] = list
                return list[found].person
            }
            let number = personCount
            personCount += 1
            list.append((number, [given]))
            people[surname] = list
            return number
        }
        func isFullName(_ name: PersonName) -> Bool {
            guard let given = name.given else { return false }
            return isFirstName(given)
        }
        // First the full names with a real given name, across the corpus.
        for (article, list) in names.enumerated() {
            for (index, name) in list.enumerated() {
                guard let name, isFullName(name) else { continue }
                personOf[Place(article: article, index: index)] = person(surname: name.surname, given: name.given!)
            }
        }
        /// The one person its article names in full with a listed first name and this surname,
        /// when every such name stands after the mention at `place` and outside its sentence:
        /// a nickname comes first, in a headline or a lede, and the article then says whom it
        /// means; a second person of a surname comes after the first.
        func onlyPersonNamedInFullLater(_ surname: String, after place: Place) -> Int? {
            let article = place.article, sentence = sentences[article][place.index]
            var found: Set<Int> = []
            for (index, name) in names[article].enumerated() {
                guard let name, name.surname == surname, isFullName(name),
                      let person = personOf[Place(article: article, index: index)] else { continue }
                if index < place.index || sentences[article][index] == sentence { return nil }
                found.insert(person)
            }
            return found.count == 1 ? found.first : nil
        }
        // A full name whose given word is not a known first name is a full name all the same,
        // unless that word is an ordinary one before a surname someone is named in full with:
        // then it is read as a nickname and a surname ("Comrade Lukashenko"), below; or unless
        // it is a nickname of the one person of that surname its article names in full.
        let surnamesOfPeople = Set(people.keys)
        var formUses: [String: Int] = [:]
        for case let name? in names.joined() where name.given != nil { formUses[PersonName.fold(name.surface), default: 0] += 1 }
        for (article, list) in names.enumerated() {
            for (index, name) in list.enumerated() {
                guard let name, let given = name.given, !isFirstName(given),
                      !(surnamesOfPeople.contains(name.surname) && isOrdinaryWord(given)) else { continue }
                let place = Place(article: article, index: index)
                if formUses[PersonName.fold(name.surface)] == 1,
                   let named = onlyPersonNamedInFullLater(name.surname, after: place) {
                    personOf[place] = named
                } else {
                    personOf[place] = person(surname: name.surname, given: given)
                }
            }
        }
        // How often each person is named in full, for telling the one a corpus means by a surname.
        var fullNames: [Int: Int] = [:]
        for person in personOf.values { fullNames[person, default: 0] += 1 }
        func dominant(_ surname: String) -> Int? {
            let candidates = (people[surname] ?? []).map { (person: $0.person, count: fullNames[$0.person, default: 0]) }
            guard let top = candidates.max(by: { $0.count < $1.count }) else { return nil }
            let total = candidates.reduce(0) { $0 + $1.count }
            return candidates.count == 1 || top.count * 10 >= total * 9 ? top.person : nil
        }
        // Then every other mention, by surname.
        var unresolved: [String: Int] = [:]
        for (article, list) in names.enumerated() {
            var nearest: [String: Int] = [:]
            var inArticle: [String: Set<Int>] = [:]
            for (index, name) in list.enumerated() {
                guard let name, let found = personOf[Place(article: article, index: index)] else { continue }
                inArticle[name.surname, default: []].insert(found)
            }
            for (index, name) in list.enumerated() {
                guard let name else { continue }
                let place = Place(article: article, index: index)
                if let found = personOf[place] {
                    nearest[name.surname] = found
                    continue
                }
                let resolved = nearest[name.surname]
                    ?? (inArticle[name.surname]?.count == 1 ? inArticle[name.surname]!.first : nil)
                    ?? dominant(name.surname)
                if let resolved {
                    personOf[place] = resolved
                } else {
                    let own = unresolved[name.surname] ?? {
                        personCount += 1
                        return personCount - 1
                    }()
                    unresolved[name.surname] = own
                    personOf[place] = own
                }
            }
        }
    }
}
