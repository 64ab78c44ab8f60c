@preconcurrency import CNcursesw
import DossierReader
import Glibc

/// The terminal under ncurses, from `init` to `close`: wide-character mode, raw keys, no
/// echo, no cursor, colours when asked for and the terminal has them, mouse reports when
/// asked for. All its calls happen on the main thread.
final class CursesTerminal {
    /// What woke the main loop up.
    enum Event {
        case key(Key)
        case mouse(MouseEvent)
        case resize(Size)
    }

    struct OpenError: Error, CustomStringConvertible {
        let description: String
    }

    private let screen: OpaquePointer
    private let input: UnsafeMutablePointer<FILE>
    private let output: UnsafeMutablePointer<FILE>
    let usesColor: Bool
    /// The colours the terminal has; the theme's colours are mapped to these.
    let palette: TerminalPalette

    /// Opens the terminal on standard output, with keys from standard input, or from
    /// /dev/tty when standard input is not a terminal (articles were piped in). Uses
    /// `newterm`, which fails with nil where `initscr` would end the process.
    /// - Parameters:
    ///   - wantsColor: false draws without colours (NO_COLOR);
    ///   - wantsMouse: asks the terminal for clicks and the wheel.
    init(wantsColor: Bool, wantsMouse: Bool) throws {
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8") // wide characters need a UTF-8 locale
        }
        let keys = isatty(STDIN_FILENO) == 1 ? dup(STDIN_FILENO) : open("/dev/tty", O_RDONLY | O_CLOEXEC)
        guard keys >= 0, let input = fdopen(keys, "r"), let output = fdopen(dup(STDOUT_FILENO), "w") else {
            throw OpenError(description: "cannot open the terminal for keys: \(String(cString: strerror(errno)))")
        }
        guard let screen = newterm(nil, output, input) else {
            fclose(input)
            fclose(output)
            let term = getenv("TERM").map { String(cString: $0) } ?? ""
            throw OpenError(description: term.isEmpty
                ? "cannot open the terminal: TERM is not set"
                : "cannot open the terminal: unknown terminal type '\(term)'")
        }
        // TERM=dumb and the like: ncurses starts, but cannot place anything on the screen.
        guard Self.hasCursorAddressing() else {
            endwin()
            delscreen(screen)
            fclose(input)
            fclose(output)
            let term = getenv("TERM").map { String(cString: $0) } ?? ""
            throw OpenError(description: "the reader needs a cursor-addressable terminal; TERM=\(term) cannot move the cursor")
        }
        self.screen = screen
        self.input = input
        self.output = output
        CrashGuard.terminalInUse = true
        raw()
        noecho()
        nonl()
        keypad(stdscr, true)
        nodelay(stdscr, true)
        set_escdelay(25)
        curs_set(0)
        usesColor = wantsColor && has_colors()
        if usesColor {
            start_color()
            use_default_colors()
            // A pair for each colour, drawn on the terminal's own background.
            let colors = min(Int(COLORS), 256, Int(COLOR_PAIRS) - 1)
            for index in 0..<max(0, colors) {
                init_pair(Int16(index + 1), Int16(index), -1)
            }
            palette = TerminalPalette(colorCount: colors)
        } else {
            palette = TerminalPalette(colorCount: 8)
        }
        if wantsMouse {
            // Presses are reported at once rather than held back to tell clicks from double clicks.
            mouseinterval(0)
            mousemask(dossier_button1_pressed() | dossier_wheel_up() | dossier_wheel_down(), nil)
        }
    }

    /// True when the terminal's description says how to move the cursor (`cup`).
    private static func hasCursorAddressing() -> Bool {
        guard let capability = tigetstr("cup") else { return false }
        return Int(bitPattern: capability) != -1 && capability.pointee != 0
    }

    /// The colour pair that draws `color` on the terminal's background.
    static func pair(of color: Style.Color) -> Int16 {
        Int16(color.index + 1)
    }

    var size: Size {
        Size(width: Int(getmaxx(stdscr)), height: Int(getmaxy(stdscr)))
    }

    /// How a wait for input ended.
    enum Wake {
        case input
        /// Input closed: the terminal is gone.
        case hangUp
        case signal(Int32)
        /// A signal ncurses handles (a resize) or a spurious wake-up.
        case interrupted
        /// The other descriptor the loop watches is ready.
        case other
        /// Nothing came within the time given.
        case timedOut
    }

    /// Sleeps until a key arrives, the terminal closes, a signal is caught, `other` (a
    /// descriptor of the loop's own) is ready to read, or `milliseconds` pass (-1: no limit).
    func waitForInput(orReadable other: Int32 = -1, milliseconds: Int32 = -1) -> Wake {
        var descriptors = [pollfd(fd: fileno(input), events: Int16(POLLIN), revents: 0),
                           pollfd(fd: SignalWatcher.readDescriptor, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: other, events: Int16(POLLIN), revents: 0)]
        let ready = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
        if let signal = SignalWatcher.caughtSignal { return .signal(signal) }
        if ready == 0, milliseconds >= 0 { return .timedOut }
        guard ready > 0 else { return .interrupted }
        if descriptors[2].revents & Int16(POLLIN) != 0 { return .other }
        if descriptors[0].revents & Int16(POLLIN) != 0 { return .input }
        if descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .hangUp }
        return .interrupted
    }

    /// Every key, mouse event and resize ncurses has ready, without waiting (keys the reader does not
    /// use are left out); nil when there was nothing at all to read.
    func pendingEvents() -> [Event]? {
        var events: [Event] = []
        var value: wint_t = 0
        var readAny = false
        while true {
            let result = get_wch(&value)
            if result == ERR { break }
            readAny = true
            if result == OK && value == Self.suspendKey {
                suspend()
                // Back from `fg`: the screen is drawn again whole, at whatever size it now has.
                events.append(.resize(size))
                continue
            }
            if result == KEY_CODE_YES {
                if value == KEY_RESIZE {
                    events.append(.resize(size))
                } else if value == KEY_MOUSE {
                    var report = MEVENT()
                    if getmouse(&report) == OK, let event = KeyDecoder.mouseEvent(report) { events.append(.mouse(event)) }
                } else if let key = KeyDecoder.key(code: Int32(value)) {
                    events.append(.key(key))
                }
            } else if let key = KeyDecoder.key(character: value) {
                events.append(.key(key))
            }
        }
        return readAny ? events : nil
    }

    /// Ctrl-Z, which raw mode delivers as a character instead of stopping the program.
    static let suspendKey: wint_t = 26

    /// Does what Ctrl-Z does in a shell: gives the terminal back and stops the process group
    /// (SIGTSTP) until `fg` continues it, then takes the terminal again. Nothing stops when
    /// SIGTSTP was ignored from the start, or with no job-control shell to continue it (the
    /// system discards the stop for an orphaned process group).
    private func suspend() {
        var stopAction = sigaction()
        stopAction.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&stopAction.sa_mask)
        var previous = sigaction()
        sigaction(SIGTSTP, &stopAction, &previous)
        defer { sigaction(SIGTSTP, &previous, nil) }
        // SIG_IGN is the handler (void (*)(int))1.
        if previous.__sigaction_handler.sa_handler.map({ unsafeBitCast($0, to: Int.self) }) == 1 { return }
        endwin()
        CrashGuard.terminalInUse = false
        kill(0, SIGTSTP)
        CrashGuard.terminalInUse = true
        clearok(curscr, true)
        refresh()
    }

    /// Gives the terminal back as it was: normal screen, cursor, echo and line mode.
    func close() {
        CrashGuard.terminalInUse = false
        curs_set(1)
        endwin()
        delscreen(screen)
        fclose(input)
        fclose(output)
    }
}
