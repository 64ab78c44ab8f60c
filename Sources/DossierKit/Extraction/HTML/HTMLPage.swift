/// A page decoded, parsed and cut into blocks: what both extraction and the text dump start from.
struct HTMLPage {
    let tree: HTMLTree
    let blocks: PageBlocks

    init(bytes: [UInt8]) {
        let text = TextDecoding.decode(bytes, declaredCharset: CharsetDeclaration.find(in: bytes))
        var utf8 = text
        tree = utf8.withUTF8 { HTMLTree(utf8: $0) }
        blocks = PageBlocks(tree)
    }
}
