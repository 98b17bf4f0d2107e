/// One message about the user's input: printed as `path:line:col: error|warning: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Error {
    public enum Severity: String, Sendable, Hashable {
        case warning
        case error
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public static func error(_ message: String, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    public static func warning(_ message: String, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    public var description: String {
        let prefix = location.map { "\($0.description): " } ?? "dossier: "
        return "\(prefix)\(severity.rawValue): \(message)"
    }
}

/// Diagnostics collected over a build: the build keeps going and decides at the end.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) {
        self.all = diagnostics
    }

    public mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }
    public mutating func append(contentsOf others: [Diagnostic]) { all.append(contentsOf: others) }

    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }

    /// With `strict`, warnings make the build untrustworthy too.
    public func failsBuild(strict: Bool) -> Bool {
        strict ? !all.isEmpty : !errors.isEmpty
    }

    /// In a stable order: by file, line, column, then message.
    public var sorted: [Diagnostic] {
        all.sorted { lhs, rhs in
            let l = lhs.location ?? SourceLocation(file: "")
            let r = rhs.location ?? SourceLocation(file: "")
            if l != r { return l < r }
            return lhs.message < rhs.message
        }
    }
}
