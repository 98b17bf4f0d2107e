/// Refuses requests whose `Host` is not this machine when the server listens on loopback, so a web page
/// elsewhere cannot read the dossier through a DNS name rebound to 127.0.0.1 (DNS rebinding).
struct HostCheck: Sendable {
    /// Host names accepted, lowercased and without port; nil accepts any (the user chose to listen beyond loopback).
    let allowed: Set<String>?

    init(listeningOn host: String) {
        let loopback = host == "localhost" || host.hasPrefix("127.") || host == "::1" || host == "[::1]"
        allowed = loopback ? ["localhost", "127.0.0.1", "[::1]", "::1", host.lowercased()] : nil
    }

    /// True when a request with this `Host` header may be answered.
    func accepts(_ hostHeader: String?) -> Bool {
        guard let allowed else { return true }
        guard let header = hostHeader?.lowercased(), !header.isEmpty else { return true }
        return allowed.contains(Self.hostName(header))
    }

    /// `127.0.0.1:8000` → `127.0.0.1`; `[::1]:8000` → `[::1]`.
    static func hostName(_ header: String) -> String {
        if header.hasPrefix("[") {
            guard let end = header.firstIndex(of: "]") else { return header }
            return String(header[...end])
        }
        return String(header.split(separator: ":", maxSplits: 1).first ?? "")
    }
}
