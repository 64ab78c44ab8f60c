import ArgumentParser
import DossierKit
import Foundation

/// Entry point. Usage errors and bad input print one line on stderr and exit with status 2;
/// an internal failure exits with 1. Never a stack trace: a crash prints one line and writes
/// a report (`CrashGuard`).
CrashGuard.install()
var command: ParsableCommand
do {
    command = try Dossier.parseAsRoot()
} catch {
    if Dossier.exitCode(for: error) == .success { Dossier.exit(withError: error) }
    let message = Dossier.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
    Diagnostics.fail("\(message) (see 'dossier --help')", status: 2)
}
if let cap = ProcessInfo.processInfo.environment[ByteCap.environmentVariable], ByteCap(parsing: cap) == nil {
    Diagnostics.fail("\(ByteCap.environmentVariable) must be a size from 1 byte to 1G, such as 64M, not '\(cap)'", status: 2)
}
do {
    try command.run()
} catch let error as DossierError {
    Diagnostics.fail(error.description, status: 2)
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch {
    if Dossier.exitCode(for: error) == .success { Dossier.exit(withError: error) }
    Diagnostics.fail("internal error: \(error)", status: 1)
}
