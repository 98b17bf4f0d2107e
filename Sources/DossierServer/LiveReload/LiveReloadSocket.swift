import FlyingFox

/// One open page's WebSocket: it is sent the current build status, then every new one.
struct LiveReloadSocket: WSMessageHandler {
    let liveReload: LiveReload

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        liveReload.connect()
    }
}
