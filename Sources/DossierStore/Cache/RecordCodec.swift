import DossierKit

/// How a processed record's parts are packed into the cache's blobs: the article's layout
/// (title, subtitle and block ranges) and its mentions, whose names are numbers in the
/// cache's name table so that linking reads integers.
enum RecordCodec {
    // MARK: Layout

    /// Fields written after the blocks, each as its number and a string. A blob written before
    /// a field existed ends without it and reads as nil; a reader skips the numbers it does
    /// not know, so fields can be added without a new schema.
    enum Field: UInt64 {
        case url = 1
    }

    /// The layout blob: the title's and subtitle's ranges, the blocks' kinds and ranges (each
    /// start after the previous block's end), then the fields the article has (`Field`).
    static func layout(of article: Article) -> [UInt8] {
        var writer = PackedWriter(capacity: 8 + article.blocks.count * 4)
        for range in [article.titleRange, article.subtitleRange] {
            if let range {
                writer.write(UInt64(range.start) + 1)
                writer.write(UInt64(range.count))
            } else {
                writer.write(UInt64(0))
            }
        }
        writer.write(UInt64(article.blocks.count))
        var previous = 0
        for block in article.blocks {
            writer.write(raw: UInt8(Block.Kind.allCases.firstIndex(of: block.kind)!))
            writer.write(UInt64(block.range.start - previous))
            writer.write(UInt64(block.range.count))
            previous = block.range.end
        }
        if let url = article.url {
            writer.write(Field.url.rawValue)
            writer.write(url)
        }
        return writer.bytes
    }

    struct Layout {
        var titleRange: UTF8Range?
        var subtitleRange: UTF8Range?
        var blocks: [Block]
        var url: String?
    }

    /// - Throws: `PackedReader.Damaged` for a blob that does not describe ranges of a text of
    ///   `textLength` bytes.
    static func layout(_ bytes: UnsafeRawBufferPointer, textLength: Int) throws -> Layout {
        var reader = PackedReader(bytes)
        func range(start: Int, count: Int) throws -> UTF8Range {
            guard start >= 0, count >= 0, start <= textLength - count else { throw PackedReader.Damaged() }
            return UTF8Range(start, start + count)
        }
        var heads: [UTF8Range?] = []
        for _ in 0..<2 {
            let start = try reader.count()
            heads.append(start == 0 ? nil : try range(start: start - 1, count: try reader.count()))
        }
        let count = try reader.count(atMost: textLength + 1)
        var blocks: [Block] = []
        blocks.reserveCapacity(count)
        var previous = 0
        for _ in 0..<count {
            let kind = Int(try reader.raw())
            guard kind < Block.Kind.allCases.count else { throw PackedReader.Damaged() }
            let start = previous + (try reader.count())
            let block = try range(start: start, count: try reader.count())
            blocks.append(Block(kind: Block.Kind.allCases[kind], range: block))
            previous = block.end
        }
        var url: String?
        while !reader.isAtEnd {
            let field = try reader.unsigned()
            let value = try reader.string()
            // Checked again on the way out, as the page's text would be: a cache file is a file.
            if field == Field.url.rawValue { url = ArticleURL.accepted(value) }
        }
        return Layout(titleRange: heads[0], subtitleRange: heads[1], blocks: blocks, url: url)
    }

    // MARK: Mentions

    private static let kinds = EntityKind.allCases
    private static let forms = MentionForm.allCases
    private static let hasSurface: UInt8 = 1 << 4
    private static let hasCode: UInt8 = 1 << 5

    /// Packs mention records (sorted by range); `number` gives a string's number in the name table.
    static func mentions(_ records: [MentionRecord], number: (String) throws -> Int64) rethrows -> [UInt8] {
        var writer = PackedWriter(capacity: records.count * 10 + 2)
        writer.write(UInt64(records.count))
        var start = 0, sentence = 0, paragraph = 0
        for record in records {
            var flags = UInt8(kinds.firstIndex(of: record.kind)!) | UInt8(forms.firstIndex(of: record.form)!) << 2
            if record.surface != record.name { flags |= hasSurface }
            if record.code != nil { flags |= hasCode }
            writer.write(raw: flags)
            writer.write(record.range.start - start)
            writer.write(UInt64(record.range.count))
            writer.write(UInt64(try number(record.name)))
            if record.surface != record.name { writer.write(UInt64(try number(record.surface))) }
            if let code = record.code { writer.write(UInt64(try number(code))) }
            writer.write(record.sentence - sentence)
            writer.write(record.paragraph - paragraph)
            start = record.range.start
            sentence = record.sentence
            paragraph = record.paragraph
        }
        return writer.bytes
    }

    /// One packed mention, its strings as numbers of the name table.
    struct PackedMention {
        var range: UTF8Range
        var kind: EntityKind
        var form: MentionForm
        var name: Int64
        var surface: Int64
        var code: Int64?
        var sentence: Int
        var paragraph: Int
    }

    /// Calls `body` with each mention of a blob, in order.
    /// - Throws: `PackedReader.Damaged` for a damaged blob.
    static func forEachMention(in bytes: UnsafeRawBufferPointer, _ body: (PackedMention) throws -> Void) throws {
        var reader = PackedReader(bytes)
        let count = try reader.count(atMost: bytes.count)
        var start = 0, sentence = 0, paragraph = 0
        for _ in 0..<count {
            let flags = try reader.raw()
            let kind = Int(flags & 3), form = Int(flags >> 2 & 3)
            guard form < forms.count else { throw PackedReader.Damaged() }
            start += try reader.signed()
            let length = try reader.count()
            guard start >= 0 else { throw PackedReader.Damaged() }
            let name = Int64(try reader.count())
            let surface = flags & hasSurface != 0 ? Int64(try reader.count()) : name
            let code = flags & hasCode != 0 ? Int64(try reader.count()) : nil
            sentence += try reader.signed()
            paragraph += try reader.signed()
            try body(PackedMention(range: UTF8Range(start, start + length), kind: kinds[kind], form: forms[form],
                                   name: name, surface: surface, code: code, sentence: sentence, paragraph: paragraph))
        }
    }
}
