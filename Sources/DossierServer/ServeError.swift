/// Why `dossier serve` could not start, in words that say what to do.
public enum ServeError: Error, Equatable, CustomStringConvertible {
    case portInUse(host: String, port: Int)
    case permissionDenied(host: String, port: Int)
    case invalidHost(String)
    case cannotListen(host: String, port: Int, reason: String)
    /// Stopped (Ctrl-C) before the server started listening.
    case interrupted

    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            return "dossier: error: port \(port) on \(host) is already in use (another `dossier serve`?); choose another with --port, e.g. --port \(port == 65535 ? 8001 : port + 1)"
        case .permissionDenied(let host, let port):
            return "dossier: error: not allowed to listen on \(host):\(port) (ports below 1024 need privileges); choose another with --port, e.g. --port 8000"
        case .invalidHost(let host):
            return "dossier: error: --host `\(host)` is not an IP address; use 127.0.0.1 (this machine only), ::1, or 0.0.0.0 to share on the network"
        case .cannotListen(let host, let port, let reason):
            return "dossier: error: cannot listen on \(host):\(port): \(reason)"
        case .interrupted:
            return "dossier: interrupted before the server started"
        }
    }
}
