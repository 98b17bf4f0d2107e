import DossierCore
import Yams

/// Turns a Yams error into a diagnostic with the line in the user's file.
public enum YAMLDiagnostics {
    /// Yams wraps its `YamlError` inside `DecodingError.dataCorrupted` when decoding; unwrap it to get the mark.
    public static func diagnostic(for error: Error, path: String, lineOffset: Int, what: String) -> Diagnostic {
        var underlying: Error = error
        if case DecodingError.dataCorrupted(let context) = error, let inner = context.underlyingError {
            underlying = inner
        }
        if let yamlError = underlying as? YamlError {
            switch yamlError {
            case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
                let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
                // An unclosed quote or bracket fails at the end of the text: point at where it was opened.
                let place = context?.mark ?? mark
                return .error("\(what) is not valid YAML: \(detail); fix the YAML syntax on this line",
                              at: SourceLocation(file: path, line: place.line + lineOffset, column: place.column))
            default:
                return .error("\(what) is not valid YAML: \(yamlError)", at: SourceLocation(file: path, line: 1 + lineOffset))
            }
        }
        return .error("\(what) could not be read: \(error)", at: SourceLocation(file: path, line: 1 + lineOffset))
    }
}
