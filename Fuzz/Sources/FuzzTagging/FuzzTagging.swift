import DossierKit
import FuzzSupport

/// Recognition and linking: tokenizing, the tagger and its repairs, mentions, linking across
/// articles, and the CoNLL tagging `dossier tag` prints.
@_cdecl("FuzzTagging_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    guard let recognizer = try? EntityRecognizer.shipped() else {
        print("cannot load the recognition model")
        return 1
    }
    let linker = EntityLinker()
    return FuzzDriver.run(arguments: argc, argv) { input in
        let text = TextDecoding.decode(Array(input))
        _ = CoNLLTagging.tag(text, with: recognizer)
        let paragraphs = text.split(separator: "\n").map { ArticleDraft.Piece(.paragraph, String($0)) }
        let article = Article(draft: ArticleDraft(source: "fuzz.txt", body: paragraphs))
        let mentions = recognizer.recognize(article)
        let corpus = linker.link(articles: [article], recognized: [mentions])
        _ = try? JSONOutput.line(of: CorpusJSON(corpus))
    }
}
