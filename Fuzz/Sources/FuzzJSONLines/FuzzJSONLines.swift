import DossierKit
import FuzzSupport

/// JSON Lines exports: records read line by line under a cap, their fields, and the article
/// each record gives.
@_cdecl("FuzzJSONLines_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    let scratch = ScratchFile()
    let extractor = ArticleExtractor()
    let cap = ByteCap(bytes: 1 << 14)
    return FuzzDriver.run(arguments: argc, argv) { input in
        let path = scratch.write(input, ending: ".jsonl")
        _ = try? DocumentLoader.forEachDocument(path: path, cap: cap) { document in
            precondition(document.bytes.count <= cap.bytes, "a record over the cap")
            Checks.article(extractor.extract(document))
        }
    }
}
