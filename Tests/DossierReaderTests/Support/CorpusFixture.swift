import DossierKit

/// Small corpora written for the tests: articles from paragraphs, and mentions found by
/// looking for each entity's surface forms in the text (longest forms first, no overlaps).
enum CorpusFixture {
    struct EntitySpec {
        var kind: EntityKind
        var name: String
        var forms: [String]
    }

    static func corpus(articles: [(title: String, paragraphs: [String])], entities: [EntitySpec]) -> Corpus {
        corpus(drafts: articles.enumerated().map { index, spec in
            ArticleDraft(source: "fixture/\(index).txt", title: spec.title, body: spec.paragraphs.map { .init(.paragraph, $0) })
        }, entities: entities)
    }

    /// A corpus of articles drafted in full (dates, headings, sources of their own).
    static func corpus(drafts: [ArticleDraft], entities: [EntitySpec]) -> Corpus {
        let built = drafts.map { Article(draft: $0) }
        let forms = entities.enumerated()
            .flatMap { id, spec in spec.forms.map { (form: $0, entity: id) } }
            .sorted { $0.form.utf8.count > $1.form.utf8.count }
        let mentions = built.map { article in
            var found: [Mention] = []
            for (form, entity) in forms {
                for range in occurrences(of: form, in: article.text) where !found.contains(where: { $0.range.overlaps(range) }) {
                    found.append(Mention(range: range, entity: entity, form: .name))
                }
            }
            return found
        }
        let linked = entities.enumerated().map { id, spec in
            Entity(id: id, kind: spec.kind, name: spec.name, aliases: spec.forms.filter { $0 != spec.name })
        }
        return Corpus(articles: built, mentions: mentions, entities: linked)
    }

    /// The UTF-8 ranges of whole-word occurrences of `word` in `text`.
    static func occurrences(of word: String, in text: String) -> [UTF8Range] {
        let bytes = Array(text.utf8), needle = Array(word.utf8)
        guard needle.count <= bytes.count else { return [] }
        func isWordByte(_ index: Int) -> Bool {
            index >= 0 && index < bytes.count && (bytes[index] >= 0x80 || (bytes[index] | 0x20) >= 0x61 && (bytes[index] | 0x20) <= 0x7A)
        }
        return (0...(bytes.count - needle.count)).compactMap { start in
            guard Array(bytes[start..<(start + needle.count)]) == needle,
                  !isWordByte(start - 1), !isWordByte(start + needle.count) else { return nil }
            return UTF8Range(start, start + needle.count)
        }
    }

    static let person = 0, country = 1, organization = 2, place = 3

    /// Four articles: a person and a country in the first, second and fourth, none of them
    /// in the third; an organization and a place here and there.
    static func news() -> Corpus {
        corpus(
            articles: [
                (title: "Talks in Minsk", paragraphs: [
                    "Alexander Lukashenko met the delegation in Minsk on Monday, officials in Belarus said.",
                    "The meeting touched on trade and energy; the United Nations sent an observer.",
                    "Critics of Lukashenko said the talks changed little for people in Belarus.",
                ]),
                (title: "Border trade grows", paragraphs: [
                    "Exports from Belarus rose again this spring, the customs office reported.",
                    "In a speech, Aleksandr Lukashenko praised the figures.",
                ]),
                (title: "Weather", paragraphs: ["Rain is expected across the region all week."]),
                (title: "A long interview", paragraphs: (1...12).map { "Paragraph \($0) of the interview goes on for a while about farming and roads." }
                    + ["At the end, Lukashenko spoke about Belarus once more."]),
            ],
            entities: [
                EntitySpec(kind: .person, name: "Alexander Lukashenko", forms: ["Alexander Lukashenko", "Aleksandr Lukashenko", "Lukashenko"]),
                EntitySpec(kind: .country, name: "Belarus", forms: ["Belarus"]),
                EntitySpec(kind: .organization, name: "United Nations", forms: ["United Nations"]),
                EntitySpec(kind: .place, name: "Minsk", forms: ["Minsk"]),
            ])
    }
}
