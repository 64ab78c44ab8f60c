import DossierKit
import FuzzSupport

/// Reading a file: gzip (streamed and in memory), the cap, binary sniffing, UTF-16 and NULs,
/// charset declarations, decoding and mojibake repair. The first byte picks the file's ending,
/// and so the format the loader reads it as; the rest is the file.
@_cdecl("FuzzDecoding_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    let scratch = ScratchFile()
    let endings = [".html.gz", ".txt.gz", ".jsonl.gz", ".html", ".txt", ".jsonl", ""]
    let cap = ByteCap(bytes: 1 << 16)
    return FuzzDriver.run(arguments: argc, argv) { input in
        guard let selector = input.first else { return }
        let file = UnsafeBufferPointer(rebasing: input.dropFirst())
        let bytes = Array(file)
        if Gzip.isCompressed(bytes) { _ = try? Gzip.decompress(bytes, limit: cap.bytes) }
        _ = TextDecoding.decode(bytes, declaredCharset: CharsetDeclaration.find(in: bytes))
        let path = scratch.write(file, ending: endings[Int(selector) % endings.count])
        if let loaded = try? DocumentLoader.load(path: path, cap: cap) {
            for document in loaded.documents {
                precondition(document.bytes.count <= cap.bytes, "a document over the cap")
                _ = TextDecoding.decode(document.bytes)
            }
        }
    }
}
