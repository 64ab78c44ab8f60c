/// The HTML elements extraction tells apart; every other element is `.other` (inline).
enum HTMLTag: UInt8 {
    case text // a text node, not an element
    case other
    // Document structure and metadata.
    case html, head, title, meta, link, body, base
    // Sectioning.
    case article, main, section, header, footer, nav, aside, address, hgroup, search
    // Blocks.
    case div, p, h1, h2, h3, h4, h5, h6, blockquote, pre, hr, br, center
    case ul, ol, li, dl, dt, dd, menu
    case table, thead, tbody, tfoot, tr, td, th, caption
    case figure, figcaption, picture, img
    case form, fieldset, legend, details, summary, dialog
    // Inline elements that matter.
    case a, span, time, q, cite, code, em, strong, b, i, small, sup, sub, label, font
    // Elements whose content is never article text.
    case script, style, noscript, template, iframe, object, embed, canvas, svg, math
    case select, option, button, textarea, input, audio, video, map

    /// Looks a tag up by its lowercase name, given as bytes. Names of up to eight letters are
    /// packed into one integer; the two longer ones are compared in full.
    init(name: UnsafePointer<UInt8>) {
        var key: UInt64 = 0
        var length = 0
        while name[length] != 0 {
            guard length < 8 else {
                self = HTMLTag.longName(name)
                return
            }
            key |= UInt64(name[length] | 0x20) << (8 * UInt64(length))
            length += 1
        }
        self = HTMLTag.byKey[key] ?? .other
    }

    private static func longName(_ name: UnsafePointer<UInt8>) -> HTMLTag {
        for (tag, spelled) in [(HTMLTag.blockquote, "blockquote"), (.figcaption, "figcaption")] {
            var matches = true
            for (offset, byte) in spelled.utf8.enumerated() where name[offset] | 0x20 != byte {
                matches = false
                break
            }
            if matches && name[spelled.utf8.count] == 0 { return tag }
        }
        return .other
    }

    private static let byKey: [UInt64: HTMLTag] = {
        var table: [UInt64: HTMLTag] = [:]
        for tag in allNamed where "\(tag)".utf8.count <= 8 {
            var key: UInt64 = 0
            for (index, byte) in "\(tag)".utf8.enumerated() { key |= UInt64(byte) << (8 * UInt64(index)) }
            table[key] = tag
        }
        return table
    }()

    private static let allNamed: [HTMLTag] = [
        .html, .head, .title, .meta, .link, .body, .base,
        .article, .main, .section, .header, .footer, .nav, .aside, .address, .hgroup, .search,
        .div, .p, .h1, .h2, .h3, .h4, .h5, .h6, .blockquote, .pre, .hr, .br, .center,
        .ul, .ol, .li, .dl, .dt, .dd, .menu,
        .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption,
        .figure, .figcaption, .picture, .img,
        .form, .fieldset, .legend, .details, .summary, .dialog,
        .a, .span, .time, .q, .cite, .code, .em, .strong, .b, .i, .small, .sup, .sub, .label, .font,
        .script, .style, .noscript, .template, .iframe, .object, .embed, .canvas, .svg, .math,
        .select, .option, .button, .textarea, .input, .audio, .video, .map,
    ]

    /// Elements whose text is never part of an article (nor of a page's text). Form controls
    /// are not among them: libxml2 does not always close a `<button>` or `<select>`, and the rest
    /// of the page would be lost with it; their few words are judged like any other text.
    var isSkipped: Bool {
        switch self {
        case .head, .script, .style, .noscript, .template, .iframe, .object, .embed, .canvas, .svg, .math, .textarea:
            return true
        default:
            return false
        }
    }

    /// Elements that start and end a line of text: everything but inline elements.
    var isBlock: Bool {
        switch self {
        case .html, .body, .article, .main, .section, .header, .footer, .nav, .aside, .address, .hgroup, .search,
             .div, .p, .h1, .h2, .h3, .h4, .h5, .h6, .blockquote, .pre, .hr, .br, .center,
             .ul, .ol, .li, .dl, .dt, .dd, .menu,
             .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption,
             .figure, .figcaption, .form, .fieldset, .legend, .details, .summary, .title:
            return true
        default:
            return false
        }
    }

    /// `h1` to `h6`.
    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// Elements browsers set apart by a blank line (a margin) rather than a line break.
    var isSpacedBlock: Bool {
        switch self {
        case .p, .h1, .h2, .h3, .h4, .h5, .h6, .blockquote, .pre, .ul, .ol, .dl, .table, .figure, .hr, .header, .footer, .form, .fieldset:
            return true
        default:
            return false
        }
    }
}
