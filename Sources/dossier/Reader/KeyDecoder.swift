import CNcursesw
import DossierReader

/// Turns what ncurses' `get_wch` returns into a `Key`: a character, or a function key code;
/// and a mouse report into a `MouseEvent`.
enum KeyDecoder {
    static func key(character value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        // Ctrl-A to Ctrl-Z (raw mode hands them over as characters 1 to 26).
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        case 0..<32: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }

    static func key(code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        default: return nil
        }
    }

    /// The button or wheel event of a mouse report; nil for the events the reader does not use.
    static func mouseEvent(_ report: MEVENT) -> MouseEvent? {
        let state = report.bstate
        let kind: MouseEvent.Kind
        if state & (dossier_button1_pressed() | dossier_button1_clicked()) != 0 {
            kind = .click
        } else if state & dossier_wheel_up() != 0 {
            kind = .wheelUp
        } else if state & dossier_wheel_down() != 0 {
            kind = .wheelDown
        } else {
            return nil
        }
        return MouseEvent(kind, row: Int(report.y), column: Int(report.x))
    }
}
