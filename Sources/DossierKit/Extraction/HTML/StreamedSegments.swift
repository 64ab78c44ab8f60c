/// Pages rendered by streaming (React's server rendering) send parts of the story late, each in
/// a hidden `<div hidden id="S:1">` after the rest of the page, with a script call that moves it
/// into its place: `$RC("B:1","S:1")` fills the boundary `<template id="B:1">`, `$RS("S:7","P:7")`
/// the placeholder `<template id="P:7">`. A boundary's template is followed by what the page
/// shows meanwhile ("Loading…"), up to the comment `<!--/$-->`, and the move replaces that too.
/// Scripts do not run here, so the moves the page's scripts name are made on the page's bytes
/// before parsing, in the order the page makes them.
enum StreamedSegments {
    /// A move: the content of the segment `content` replaces the template `target` (and, for a
    /// boundary, what it shows meanwhile).
    struct Move {
        let content: [UInt8]
        let target: [UInt8]
        let isBoundary: Bool
    }

    /// The moves named in a script's text: `$RC(target, content)`, `$RR(target, content, …)`
    /// and `$RS(content, target)`.
    static func moves(inScript script: UnsafeBufferPointer<UInt8>) -> [Move] {
        var moves: [Move] = []
        var index = 0
        while index + 4 < script.count {
            defer { index += 1 }
            guard script[index] == UInt8(ascii: "$"), script[index + 1] == UInt8(ascii: "R"), script[index + 3] == UInt8(ascii: "(")
            else { continue }
            let kind = script[index + 2]
            guard kind == UInt8(ascii: "C") || kind == UInt8(ascii: "R") || kind == UInt8(ascii: "S") else { continue }
            guard let first = quoted(script, from: index + 4), let second = quoted(script, from: first.end) else { continue }
            moves.append(kind == UInt8(ascii: "S") ? Move(content: first.value, target: second.value, isBoundary: false)
                                                     : Move(content: second.value, target: first.value, isBoundary: true))
            index = second.end - 1
        }
        return moves
    }

    /// The page with every segment moved into its template; segments or templates that are
    /// missing leave the page as it is.
    static func assemble(_ page: [UInt8], moves: [Move]) -> [UInt8] {
        var page = page
        for move in moves {
            guard let segment = element(withID: move.content, named: divName, in: page),
                  var target = element(withID: move.target, named: templateName, in: page) else { continue }
            if move.isBoundary { target.whole = target.whole.lowerBound..<fallbackEnd(after: target.whole.upperBound, in: page) }
            guard segment.whole.upperBound <= target.whole.lowerBound || target.whole.upperBound <= segment.whole.lowerBound else { continue }
            let content = Array(page[segment.inner])
            if target.whole.lowerBound > segment.whole.lowerBound {
                page.replaceSubrange(target.whole, with: content)
                page.removeSubrange(segment.whole)
            } else {
                page.removeSubrange(segment.whole)
                page.replaceSubrange(target.whole, with: content)
            }
        }
        return page
    }

    /// Where the fallback after a boundary's template ends: after the `<!--/$-->` that closes
    /// the boundary (boundaries nest), or at the template itself when there is none.
    private static func fallbackEnd(after start: Int, in page: [UInt8]) -> Int {
        var depth = 0
        var cursor = start
        while let found = LineText.find(markerStart, in: page, from: cursor) {
            let after = found + markerStart.count
            if LineText.find(boundaryClose, in: page, from: found) == found {
                if depth == 0 { return found + boundaryClose.count }
                depth -= 1
            } else if after < page.count, page[after] == UInt8(ascii: "$") {
                depth += 1
            }
            cursor = after
        }
        return start
    }

    private static let markerStart = Array("<!--".utf8)
    private static let boundaryClose = Array("<!--/$-->".utf8)
    private static let divName = Array("div".utf8)
    private static let templateName = Array("template".utf8)

    /// The element `<name … id="ID" …>` in the page: its whole extent and its content, found by
    /// counting the elements of the same name nested in it.
    private static func element(withID id: [UInt8], named name: [UInt8], in page: [UInt8]) -> (whole: Range<Int>, inner: Range<Int>)? {
        let attribute = Array("id=\"".utf8) + id + [UInt8(ascii: "\"")]
        guard let found = LineText.find(attribute, in: page, from: 0),
              let open = page[..<found].lastIndex(of: UInt8(ascii: "<")),
              matches(name, in: page, at: open + 1),
              let tagEnd = page[found...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        var depth = 1
        var cursor = tagEnd + 1
        while let next = page[cursor...].firstIndex(of: UInt8(ascii: "<")) {
            if next + 1 < page.count, page[next + 1] == UInt8(ascii: "/"), matches(name, in: page, at: next + 2) {
                depth -= 1
                if depth == 0 {
                    let close = page[next...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? page.count
                    return (open..<close, (tagEnd + 1)..<next)
                }
            } else if matches(name, in: page, at: next + 1) {
                depth += 1
            }
            cursor = next + 1
        }
        return nil
    }

    /// True when the tag name at `index` is `name` (ASCII case aside) and ends there.
    private static func matches(_ name: [UInt8], in page: [UInt8], at index: Int) -> Bool {
        guard index + name.count < page.count else { return false }
        for offset in 0..<name.count where page[index + offset] | 0x20 != name[offset] { return false }
        let after = page[index + name.count]
        return after == UInt8(ascii: ">") || after == UInt8(ascii: " ") || after == UInt8(ascii: "/") || after == 0x0A || after == 0x09
    }

    /// The string in double quotes starting at or after `start` (spaces and a comma skipped).
    private static func quoted(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> (value: [UInt8], end: Int)? {
        var index = start
        while index < text.count, text[index] == UInt8(ascii: " ") || text[index] == UInt8(ascii: ",") { index += 1 }
        guard index < text.count, text[index] == UInt8(ascii: "\"") else { return nil }
        var end = index + 1
        while end < text.count, text[end] != UInt8(ascii: "\""), end - index < 32 { end += 1 }
        guard end < text.count, text[end] == UInt8(ascii: "\""), end > index + 1 else { return nil }
        return (Array(text[(index + 1)..<end]), end + 1)
    }
}
