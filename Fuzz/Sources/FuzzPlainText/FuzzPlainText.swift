import DossierKit
import FuzzSupport

/// Plain-text extraction: line classes, the story's run, header fields, hard-wrapped
/// paragraphs, and the whole-text fallback.
@_cdecl("FuzzPlainText_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    let extractor = ArticleExtractor()
    return FuzzDriver.run(arguments: argc, argv) { input in
        let article = extractor.extract(RawDocument(source: "fuzz.txt", bytes: Array(input), format: .text))
        Checks.article(article)
    }
}
