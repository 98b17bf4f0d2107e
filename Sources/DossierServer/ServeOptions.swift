/// What `dossier serve` needs beyond the folders of a build.
public struct ServeOptions: Sendable {
    /// The address to listen on: 127.0.0.1 keeps the site on this machine.
    public var host: String
    /// The port; 0 takes any free one (the tests use it).
    public var port: Int
    /// Rebuild on changes and reload open pages; off, the output is built once and served as it is.
    public var watch: Bool

    public init(host: String = "127.0.0.1", port: Int = 8000, watch: Bool = true) {
        self.host = host
        self.port = port
        self.watch = watch
    }
}
