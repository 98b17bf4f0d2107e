import DossierBuild
import Foundation

/// A copy of a fixture folder in a fresh temporary directory, removed when the test ends.
struct FixtureSite {
    let root: URL

    /// Copies `Fixtures/<name>` into a new temporary folder.
    init(_ name: String) throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for entry in try FileManager.default.contentsOfDirectory(atPath: fixtures.path) {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(entry), to: root.appendingPathComponent(entry))
        }
    }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    func write(_ relative: String, _ text: String) throws {
        let target = url(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path(relative)) }

    /// Every file under a folder with its bytes, by relative path.
    func snapshot(_ relative: String) throws -> [String: Data] {
        let base = url(relative)
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return files }
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[path] = try Data(contentsOf: base.appendingPathComponent(path)) }
        }
        return files
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

extension FixtureSite {
    /// Options that build the site's `content/` with its `templates/` into its `output/`.
    func buildOptions(strict: Bool = false) -> BuildOptions {
        BuildOptions(content: path("content"), templates: path("templates"), output: path("output"), strict: strict)
    }

    /// What builds left beside `output/` (build folders, spares, replaced sites): nothing once a build has ended.
    func foldersBesideOutput() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".output") }
    }
}
