import Testing
@testable import DossierKit

@Suite struct CorpusTests {
    /// Two articles; entity 0 (a person) appears twice in the first and once in the second,
    /// entity 1 (a country) once in the second.
    static func sample() -> Corpus {
        let first = Article(draft: ArticleDraft(source: "1", title: "One", body: [.init(.paragraph, "Ann met Ann.")]))
        let second = Article(draft: ArticleDraft(source: "2", title: "Two", body: [.init(.paragraph, "Peru and Ann.")]))
        func range(_ article: Article, _ word: String, from: Int = 0) -> UTF8Range {
            let text = Array(article.text.utf8), needle = Array(word.utf8)
            let start = (from...(text.count - needle.count)).first { Array(text[$0..<($0 + needle.count)]) == needle }!
            return UTF8Range(start, start + needle.count)
        }
        let a1 = range(first, "Ann"), a2 = range(first, "Ann", from: a1.end)
        return Corpus(
            articles: [first, second],
            mentions: [
                [Mention(range: a2, entity: 0, form: .name), Mention(range: a1, entity: 0, form: .name)],
                [Mention(range: range(second, "Ann"), entity: 0, form: .name), Mention(range: range(second, "Peru"), entity: 1, form: .name)],
            ],
            entities: [Entity(id: 0, kind: .person, name: "Ann"), Entity(id: 1, kind: .country, name: "Peru", code: "PE")])
    }

    @Test func mentionsAreSortedAndIndexedPerEntity() {
        let corpus = Self.sample()
        #expect(corpus.mentions[0].map(\.range.start) == corpus.mentions[0].map(\.range.start).sorted())
        #expect(Array(corpus.locations(of: 0)) == [.init(article: 0, index: 0), .init(article: 0, index: 1), .init(article: 1, index: 1)])
        #expect(corpus.mentionCount(of: 1) == 1)
        #expect(corpus.articles(mentioning: 0) == [0, 1])
    }

    @Test func nextAndPreviousMentionCrossArticles() {
        let corpus = Self.sample()
        let second = corpus.mention(at: .init(article: 0, index: 1))
        #expect(corpus.nextMention(of: 0, afterOffset: second.range.start, inArticle: 0) == .init(article: 1, index: 1))
        #expect(corpus.nextMention(of: 0, afterOffset: Int.max, inArticle: 1) == nil)
        #expect(corpus.previousMention(of: 0, beforeOffset: 0, inArticle: 1) == .init(article: 0, index: 1))
        #expect(corpus.previousMention(of: 0, beforeOffset: second.range.start, inArticle: 0) == .init(article: 0, index: 0))
        #expect(corpus.previousMention(of: 0, beforeOffset: 0, inArticle: 0) == nil)
    }

    @Test func ordinalsCountMentionsAndArticles() {
        let corpus = Self.sample()
        #expect(corpus.ordinal(of: .init(article: 1, index: 1)) == 3)
        #expect(corpus.articleOrdinal(of: 1, for: 0) == 2)
        #expect(corpus.articleOrdinal(of: 0, for: 1) == nil)
    }

    @Test func entityCountsListPeopleFirstThenCountries() {
        let corpus = Self.sample()
        #expect(corpus.entityCounts(inArticle: 1).map(\.entity) == [0, 1])
        #expect(corpus.entityCounts().map(\.count) == [3, 1])
    }
}
