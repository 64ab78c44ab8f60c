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
///
/// Works on the flat mention arrays of a `LinkInput`: each distinct name is parsed and looked
/// up once, and every per-mention step is an array access.
struct PersonLinking {
    /// For each mention, a person number, or -1 for a mention that is not of a person;
    /// mentions with one number are one person.
    private(set) var personOf: [Int32]
    private(set) var personCount: Int32 = 0

    /// - Parameters:
    ///   - articleStarts: where each article's mentions begin, and one more at the end;
    ///   - nameOf: for each mention, its number in `names`, or -1 when it is not a person;
    ///   - names: the distinct person names;
    ///   - sentences: the number of the sentence each mention stands in, within its article.
    init(articleStarts: [Int32], nameOf: [Int32], names: [PersonName], sentences: [Int32],
         isFirstName: (String) -> Bool, isOrdinaryWord: (String) -> Bool) {
        personOf = Array(repeating: -1, count: nameOf.count)
        var surnameNumbers: [String: Int32] = [:]
        let surnameOf: [Int32] = names.map { name in
            if let number = surnameNumbers[name.surname] { return number }
            let number = Int32(surnameNumbers.count)
            surnameNumbers[name.surname] = number
            return number
        }
        /// A full name: a given name the name lists know.
        let isFullName: [Bool] = names.map { $0.given.map(isFirstName) ?? false }

        // People named in full, by surname: each person with the given names seen for them.
        var people = Array(repeating: [(person: Int32, given: Set<String>)](), count: surnameNumbers.count)
        var skeletons: [String: String] = [:]
        func skeleton(_ given: String) -> String {
            if let known = skeletons[given] { return known }
            let made = PersonName.skeleton(given)
            skeletons[given] = made
            return made
        }
        // A name's person never changes once given: its given name then stands in one person's set.
        var personOfName = Array(repeating: Int32(-1), count: names.count)
        func person(ofName number: Int32) -> Int32 {
            if personOfName[Int(number)] >= 0 { return personOfName[Int(number)] }
            let surname = Int(surnameOf[Int(number)]), given = names[Int(number)].given!
            var result: Int32
            if let found = people[surname].firstIndex(where: { $0.given.contains(given) }) {
                result = people[surname][found].person
            } else if let found = people[surname].firstIndex(where: { $0.given.contains { PersonName.givenNamesMatch($0, given, skeleton: skeleton) } }) {
                people[surname][found].given.insert(given)
                result = people[surname][found].person
            } else {
                result = personCount
                personCount += 1
                people[surname].append((result, [given]))
            }
            personOfName[Int(number)] = result
            return result
        }

        let articleCount = articleStarts.count - 1
        // First the full names with a real given name, across the corpus.
        for mention in nameOf.indices {
            let name = nameOf[mention]
            guard name >= 0, isFullName[Int(name)] else { continue }
            personOf[mention] = person(ofName: name)
        }

        /// The one person its article names in full with a listed first name and this surname,
        /// when every such name stands after the mention and outside its sentence: a nickname
        /// comes first, in a headline or a lede, and the article then says whom it means; a
        /// second person of a surname comes after the first.
        func onlyPersonNamedInFullLater(_ surname: Int32, after mention: Int, in article: Range<Int>) -> Int32? {
            var found: Int32?
            for other in article {
                let name = nameOf[other]
                guard name >= 0, surnameOf[Int(name)] == surname, isFullName[Int(name)], personOf[other] >= 0 else { continue }
                if other < mention || sentences[other] == sentences[mention] { return nil }
                if let person = found, person != personOf[other] { return nil }
                found = personOf[other]
            }
            return found
        }
        // A full name whose given word is not a known first name is a full name all the same,
        // unless that word is an ordinary one before a surname someone is named in full with:
        // then it is read as a nickname and a surname ("Comrade Lukashenko"), below; or unless
        // it is a nickname of the one person of that surname its article names in full.
        let surnameHasPeople = people.map { !$0.isEmpty }
        var foldedSurfaceNumbers: [String: Int] = [:]
        let foldedSurfaceOf: [Int] = names.map { name in
            let folded = NameFolding.fold(name.surface)
            if let number = foldedSurfaceNumbers[folded] { return number }
            foldedSurfaceNumbers[folded] = foldedSurfaceNumbers.count
            return foldedSurfaceNumbers.count - 1
        }
        var formUses = Array(repeating: 0, count: foldedSurfaceNumbers.count)
        for name in nameOf where name >= 0 && names[Int(name)].given != nil { formUses[foldedSurfaceOf[Int(name)]] += 1 }
        for article in 0..<articleCount {
            let range = Int(articleStarts[article])..<Int(articleStarts[article + 1])
            for mention in range {
                let name = nameOf[mention]
                guard name >= 0, let given = names[Int(name)].given, !isFullName[Int(name)] else { continue }
                let surname = surnameOf[Int(name)]
                if surnameHasPeople[Int(surname)] && isOrdinaryWord(given) { continue }
                if formUses[foldedSurfaceOf[Int(name)]] == 1,
                   let named = onlyPersonNamedInFullLater(surname, after: mention, in: range) {
                    personOf[mention] = named
                } else {
                    personOf[mention] = person(ofName: name)
                }
            }
        }

        // How often each person is named in full, for telling the one a corpus means by a surname.
        var fullNames = Array(repeating: 0, count: Int(personCount))
        for person in personOf where person >= 0 { fullNames[Int(person)] += 1 }
        var dominantOf: [Int32: Int32?] = [:]
        func dominant(_ surname: Int32) -> Int32? {
            if let known = dominantOf[surname] { return known }
            let candidates = people[Int(surname)].map { (person: $0.person, count: fullNames[Int($0.person)]) }
            var result: Int32?
            if let top = candidates.max(by: { $0.count < $1.count }) {
                let total = candidates.reduce(0) { $0 + $1.count }
                result = candidates.count == 1 || top.count * 10 >= total * 9 ? top.person : nil
            }
            dominantOf[surname] = result
            return result
        }

        // Then every other mention, by surname.
        var unresolved: [Int32: Int32] = [:]
        var nearest: [(surname: Int32, person: Int32)] = []
        var inArticle: [(surname: Int32, people: [Int32])] = []
        for article in 0..<articleCount {
            let range = Int(articleStarts[article])..<Int(articleStarts[article + 1])
            nearest.removeAll(keepingCapacity: true)
            inArticle.removeAll(keepingCapacity: true)
            for mention in range where nameOf[mention] >= 0 && personOf[mention] >= 0 {
                let surname = surnameOf[Int(nameOf[mention])], person = personOf[mention]
                if let entry = inArticle.firstIndex(where: { $0.surname == surname }) {
                    if !inArticle[entry].people.contains(person) { inArticle[entry].people.append(person) }
                } else {
                    inArticle.append((surname, [person]))
                }
            }
            for mention in range {
                let name = nameOf[mention]
                guard name >= 0 else { continue }
                let surname = surnameOf[Int(name)]
                if personOf[mention] >= 0 {
                    if let entry = nearest.firstIndex(where: { $0.surname == surname }) {
                        nearest[entry].person = personOf[mention]
                    } else {
                        nearest.append((surname, personOf[mention]))
                    }
                    continue
                }
                let named = inArticle.first { $0.surname == surname }?.people
                let resolved = nearest.first { $0.surname == surname }?.person
                    ?? (named?.count == 1 ? named![0] : nil)
                    ?? dominant(surname)
                if let resolved {
                    personOf[mention] = resolved
                } else if let own = unresolved[surname] {
                    personOf[mention] = own
                } else {
                    unresolved[surname] = personCount
                    personOf[mention] = personCount
                    personCount += 1
                }
            }
        }
    }
}
