import Foundation

/// Finds people, countries, organizations and places in an article's text: a trained
/// sequence tagger marks names, and the gazetteers tell countries (with their ISO codes and
/// demonyms) from other places.
public struct EntityRecognizer: Sendable {
    let tagger: SequenceTagger
    let mentions: MentionBuilder

    init(tagger: SequenceTagger) {
        self.tagger = tagger
        self.mentions = MentionBuilder(gazetteers: tagger.gazetteers)
    }

    /// Loads the shipped model and gazetteers.
    /// - Throws: `RecognitionError` when a resource is missing or damaged.
    public static func shipped() throws -> EntityRecognizer {
        EntityRecognizer(tagger: SequenceTagger(model: try TaggerModel.shipped(), gazetteers: try Gazetteers.shipped()))
    }

    /// The shipped gazetteers with another model file (one `dossier-train` wrote), for
    /// measuring a model before shipping it.
    public static func loading(model url: URL) throws -> EntityRecognizer {
        let model = try TaggerModel(data: try Data(contentsOf: url, options: .alwaysMapped))
        return EntityRecognizer(tagger: SequenceTagger(model: model, gazetteers: try Gazetteers.shipped()))
    }

    /// The names of the repair passes that run after the tagger, in order (see
    /// `dossier-bench ablation`).
    public static var repairNames: [String] { TaggerRepair.allCases.map(\.rawValue) }

    /// The same recognizer with the named repair passes switched off, for an ablation.
    public func disablingRepairs(_ names: Set<String>) -> EntityRecognizer {
        var tagger = tagger
        tagger.repairs = tagger.repairs.filter { !names.contains($0.rawValue) }
        return EntityRecognizer(tagger: tagger)
    }

    /// The mentions in an article, sorted and not overlapping; none for an article not in
    /// English (see `recognition(of:)`).
    public func recognize(_ article: Article) -> [RecognizedMention] {
        recognition(of: article).mentions
    }

    /// Texts longer than this are read a piece at a time, cut at paragraph breaks: the tagger
    /// holds features for every token of what it reads at once, about twenty times the bytes,
    /// so a text of tens of megabytes read whole would take gigabytes.
    static let pieceBytes = 1 << 20

    /// The mentions in an article with the language it was found in: an article not in
    /// English is not read (`ArticleRecognition.isSkipped`), and has no mentions.
    public func recognition(of article: Article) -> ArticleRecognition {
        recognition(of: article.text, pieceBytes: Self.pieceBytes)
    }

    /// A text longer than `pieceBytes` in pieces; the language is the one most of its bytes
    /// were found in.
    func recognition(of text: String, pieceBytes: Int) -> ArticleRecognition {
        guard text.utf8.count > pieceBytes else { return recognitionOfWhole(text) }
        var mentions: [RecognizedMention] = []
        var sentenceStarts: [Int] = []
        var bytesIn: [ArticleRecognition.Language: Int] = [:]
        for (offset, piece) in TextPieces.cut(text, atMost: pieceBytes) {
            let part = recognitionOfWhole(piece)
            bytesIn[part.language, default: 0] += piece.utf8.count
            sentenceStarts += part.sentenceStarts.map { $0 + offset }
            for var mention in part.mentions {
                mention.range = UTF8Range(mention.range.start + offset, mention.range.end + offset)
                mentions.append(mention)
            }
        }
        let language = bytesIn.max { $0.value < $1.value }?.key ?? .english
        return ArticleRecognition(mentions: language == .english ? mentions : [], language: language,
                                  sentenceStarts: sentenceStarts)
    }

    private func recognitionOfWhole(_ text: String) -> ArticleRecognition {
        let tokens = TextTokenizer.tokenize(text)
        let document = TaggingDocument(tokens, gazetteers: tagger.gazetteers)
        let sentenceStarts = (0..<tokens.sentenceCount).map { tokens.range(of: tokens.sentence($0).lowerBound).start }
        guard document.language == .english else {
            return ArticleRecognition(mentions: [], language: document.language, sentenceStarts: sentenceStarts)
        }
        return ArticleRecognition(mentions: mentions.mentions(in: document, tags: tagger.tag(document)), language: .english,
                                  sentenceStarts: sentenceStarts)
    }
}
