import DossierKit
import Foundation

/// A progress line on standard error while a large corpus is read, rewritten in place and
/// cleared before the reader takes the screen. Silent when standard error is not a terminal
/// or the corpus is small.
struct ProgressLine: Sendable {
    /// Below this many items a stage is quick enough to need no progress line.
    static let minimumItems = 200

    private let isShown = isatty(STDERR_FILENO) == 1

    var show: CorpusBuilder.ProgressHandler {
        let isShown = isShown
        return { progress in
            guard isShown, progress.total >= ProgressLine.minimumItems else { return }
            let line = "\r\u{1B}[Kdossier: \(progress.stage.rawValue) \(progress.done) of \(progress.total) articles"
            _ = DescriptorWriter.write(line, to: STDERR_FILENO)
        }
    }

    func clear() {
        if isShown { _ = DescriptorWriter.write("\r\u{1B}[K", to: STDERR_FILENO) }
    }
}
