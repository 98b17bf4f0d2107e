import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the server listens: an IP address (v4 or v6) and a port; `localhost` means 127.0.0.1.
struct ServerAddress: Sendable {
    let host: String
    let port: UInt16
    let socketAddress: any SocketAddress

    init(host: String, port: UInt16) throws(ServeError) {
        let literal = host == "localhost" ? "127.0.0.1" : host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        self.host = literal
        self.port = port
        if literal.contains(":") {
            guard let address = try? sockaddr_in6.inet6(ip6: literal, port: port) else { throw .invalidHost(host) }
            socketAddress = address
        } else {
            guard let address = try? sockaddr_in.inet(ip4: literal, port: port) else { throw .invalidHost(host) }
            socketAddress = address
        }
    }

    /// `127.0.0.1:8000` or `[::1]:8000`, for URLs.
    func authority(port: Int) -> String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// Binds a throwaway socket the way the server will, to turn "address in use" into a clear message before starting.
    func checkAvailable() throws(ServeError) {
        do {
            let socket = try Socket(domain: Int32(type(of: socketAddress).family))
            defer { try? socket.close() }
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: socketAddress)
        } catch let SocketError.failed(_, code, message) {
            throw Self.error(errno: code, message: message, host: host, port: Int(port))
        } catch {
            throw .cannotListen(host: host, port: Int(port), reason: "\(error)")
        }
    }

    static func error(errno code: Int32, message: String, host: String, port: Int) -> ServeError {
        switch code {
        case EADDRINUSE: return .portInUse(host: host, port: port)
        case EACCES: return .permissionDenied(host: host, port: port)
        case EADDRNOTAVAIL: return .cannotListen(host: host, port: port, reason: "this machine has no such address (\(message))")
        default: return .cannotListen(host: host, port: port, reason: message)
        }
    }
}
