import DossierKit
import FuzzSupport

/// HTML extraction: the prefilter, libxml2's SAX parse into the tree, content selection,
/// metadata (JSON-LD, meta tags, dates, bylines, titles) and the article model.
@_cdecl("FuzzHTML_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    let extractor = ArticleExtractor()
    return FuzzDriver.run(arguments: argc, argv) { input in
        let article = extractor.extract(RawDocument(source: "fuzz.html", bytes: Array(input), format: .html))
        Checks.article(article)
    }
}
