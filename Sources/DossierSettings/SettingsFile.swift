import Foundation

/// The settings file, `$XDG_CONFIG_HOME/dossier/config.toml` (`~/.config/dossier/config.toml`):
/// where it is, reading it, and the defaults written as one.
public enum SettingsFile {
    /// Where the environment puts the file; a relative or empty XDG_CONFIG_HOME is ignored,
    /// as the XDG specification says.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (home as NSString).appendingPathComponent(".config")
        return (base as NSString).appendingPathComponent("dossier/config.toml")
    }

    /// The settings from the file at `path`, with what is wrong in it; the defaults when
    /// there is no file.
    public static func load(path: String) -> (settings: Settings, problems: [SettingsProblem]) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return (.defaults, []) }
        func problem(_ message: String) -> (Settings, [SettingsProblem]) {
            (.defaults, [SettingsProblem(file: path, line: nil, message: message + "; the defaults apply")])
        }
        if isFolder.boolValue { return problem("is a folder, not a file") }
        guard FileManager.default.isReadableFile(atPath: path) else { return problem("cannot be read (permission denied)") }
        guard let data = FileManager.default.contents(atPath: path) else { return problem("cannot be read") }
        guard let text = String(data: data, encoding: .utf8) else { return problem("is not UTF-8 text") }
        return parse(text, file: path)
    }

    /// The settings from the text of a settings file named `file` in the problems.
    public static func parse(_ text: String, file: String) -> (settings: Settings, problems: [SettingsProblem]) {
        SettingsParser.parse(text, file: file)
    }

    /// The settings written as a commented settings file.
    public static func text(of settings: Settings = .defaults) -> String {
        SettingsPrinter.text(of: settings)
    }
}
