import DossierKit
import Glibc

/// Standard output, written in large pieces. What is written passes through
/// `TerminalSanitizer` (line feeds and tabs kept), so no control character from input reaches
/// it however the text was put together.
///
/// A reader that went away (a closed pipe: `dossier entities DIR | head`) ends the command
/// quietly with status 141, as a shell reports a command killed by SIGPIPE, whether SIGPIPE
/// was ignored or not; any other failure to write (a full disk) is one line on standard
/// error and status 1.
enum Output {
    /// The status after a broken pipe: 128 + SIGPIPE.
    static let brokenPipeStatus: Int32 = 128 + SIGPIPE

    static func write(_ text: String) {
        let safe = TerminalSanitizer.sanitize(text, keepingLineFeeds: true, keepingTabs: true)
        guard let failure = DescriptorWriter.write(safe, to: STDOUT_FILENO) else { return }
        if failure == EPIPE { exit(brokenPipeStatus) }
        Diagnostics.fail("cannot write to standard output: \(String(cString: strerror(failure)))", status: 1)
    }
}
