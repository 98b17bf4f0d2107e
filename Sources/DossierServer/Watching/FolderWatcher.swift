/// Tells when something changes under the watched folders; the caller debounces.
protocol FolderWatcher: Sendable {
    /// Starts watching on a thread of its own; `onChange` is called from that thread.
    func start(onChange: @escaping @Sendable () -> Void)
    /// Stops soon after (within a poll interval) and releases what it holds.
    func stop()
}
