import Foundation

/// The workspaces of one tokenizer, lent to one thread at a time and given back: the threads of a parse stage
/// keep their word types and buffers from one chunk or article to the next, with a lock taken twice a loan, not once
/// a word.
final class TokenizerWorkspacePool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [TokenizerWorkspace] = []

    /// `body` run with a workspace no other thread holds meanwhile.
    func withWorkspace<Result>(_ body: (inout TokenizerWorkspace) -> Result) -> Result {
        var workspace = lock.withLock { free.popLast() } ?? TokenizerWorkspace()
        let result = body(&workspace)
        lock.withLock { free.append(workspace) }
        return result
    }
}
