import Testing
@testable import DossierKit

@Suite struct ModelScorerTests {
    /// The cached sums give the scores that adding up every feature gives, across documents
    /// that share words, and for words that share a hash but not their flags ("—" is read as
    /// "--", which alone has a hyphen).
    @Test func cachedScoresEqualTheSumOfEveryFeature() throws {
        let recognizer = try #require(RecognitionFixtures.recognizer)
        let model = recognizer.tagger.model
        var scorer = ModelScorer(model: model)
        for text in ["Belarusian President Alexander Lukashenko met Vladimir Putin in Minsk.\nPUTIN AND LUKASHENKO MEET",
                     "Lukashenko said on Friday that Minsk and Moscow agreed. The U.S. did not.",
                     "The talks — held in Minsk — ended late.",
                     "Officials -- speaking in Kyiv -- said nothing — or little."] {
            let document = TaggingDocument(TextTokenizer.tokenize(text), gazetteers: recognizer.tagger.gazetteers)
            scorer.begin(document)
            for sentence in 0..<document.text.sentenceCount {
                let range = document.text.sentence(sentence)
                for position in range {
                    let previous = position % EntityTag.count, beforePrevious = (position * 7) % (EntityTag.count + 1)
                    let cached = scorer.scores(document, position, sentence: range, previous: previous,
                                               beforePrevious: beforePrevious, history: position % 5)
                    var features: [UInt64] = []
                    FeatureTemplates.all(document, position, sentence: range, previous: previous, beforePrevious: beforePrevious,
                                         history: position % 5, into: &features)
                    var expected = SIMD16<Int32>.zero
                    for feature in features { model.add(feature, to: &expected) }
                    for tag in 0..<EntityTag.count { #expect(cached[tag] == Float(expected[tag]) * model.scale) }
                }
            }
        }
    }
}
