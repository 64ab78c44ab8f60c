/// A page decoded, parsed and cut into blocks: what both extraction and the text dump start from.
struct HTMLPage {
    let tree: HTMLTree
    let blocks: PageBlocks

    init(bytes: [UInt8]) {
        let utf8 = TextDecoding.utf8Bytes(bytes, declaredCharset: CharsetDeclaration.find(in: bytes))
        tree = utf8.withUnsafeBufferPointer { HTMLTree(utf8: $0) }
        blocks = PageBlocks(tree)
    }
}
