import Foundation

/// Deletes a replaced site in a process of its own, so that `dossier build` over an existing output returns as soon as
/// the new site is in place instead of waiting for the old one's files to be deleted (a BBC rebuild: about 0.2 s of
/// the write stage).
///
/// The build renames the replaced site to its own `removing` name (see `SiblingFolders`), then starts its own
/// executable as `dossier remove-replaced-site OUTPUT FOLDER`, detached: in a session of its own, with no terminal,
/// standard input and output on /dev/null and no other descriptor of the build, default signal handling, at a lower
/// priority. That process renames the folder to its own `removing` name (so no build takes it for abandoned while it
/// runs) and deletes it. A deletion cut short is finished by the next build, as for any abandoned `removing` folder.
///
/// A small site is deleted in the build's own process: starting a process costs more than deleting a few hundred files,
/// and the build's folder is then left as it was before this existed.
public enum ReplacedSiteHandOff {
    /// The hidden command the detached process runs.
    public static let commandName = "remove-replaced-site"

    /// Sites with fewer files than this are deleted in the build's process.
    static let minimumFiles = 1_000

    /// Starts the detached process that deletes `folder` (already under this process's `removing` name); false when
    /// it could not be started, and the caller deletes the folder itself. `executable` is dossier's (tests name it; by
    /// default the running one).
    static func start(removing folder: URL, besideOutput output: URL, executable: String? = nil) -> Bool {
        guard let executable = executable ?? currentExecutable() else { return false }
        let arguments = [executable, commandName, output.path, folder.path]
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        guard posix_spawn_file_actions_init(&actions) == 0 else { return false }
        defer { posix_spawn_file_actions_destroy(&actions) }
        guard posix_spawnattr_init(&attributes) == 0 else { return false }
        defer { posix_spawnattr_destroy(&attributes) }
        for descriptor: Int32 in [0, 1, 2] {
            guard posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0) == 0 else {
                return false
            }
        }
        if let closeFrom = closeFromAction, closeFrom(&actions, 3) != 0 { return false }
        // The build ignores SIGINT and SIGTERM while it runs (`InterruptCleanup`); ignored signals survive exec.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        sigaddset(&defaults, SIGHUP)
        sigaddset(&defaults, SIGPIPE)
        var mask = sigset_t()
        sigemptyset(&mask)
        guard posix_spawnattr_setsigdefault(&attributes, &defaults) == 0,
              posix_spawnattr_setsigmask(&attributes, &mask) == 0,
              posix_spawnattr_setflags(&attributes, Int16(setSessionFlag | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)) == 0
        else { return false }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var processID = pid_t()
        return posix_spawn(&processID, executable, &actions, &attributes, &argv, environ) == 0
    }

    /// What the detached process does: checks that `folder` is a `removing` folder beside `output` (the command deletes
    /// nothing else, whoever runs it), lowers its priority, takes the folder under its own name and deletes it.
    /// Returns false when the folder is not one the command may delete.
    public static func remove(_ folder: URL, besideOutput output: URL) -> Bool {
        let siblings = SiblingFolders(output: output.standardizedFileURL)
        let folder = folder.standardizedFileURL
        guard siblings.all().contains(where: { $0.kind == .removing && $0.url.standardizedFileURL.path == folder.path }) else { return false }
        setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        siblings.discard(folder)
        return true
    }

    /// glibc's `POSIX_SPAWN_SETSID` (a session of its own, away from the terminal's signals), which Swift's Glibc module
    /// leaves out with the other GNU extensions; its value is part of glibc's ABI.
    private static let setSessionFlag: Int32 = 0x80

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), looked up at run time for the same reason;
    /// without it, the detached process keeps only the descriptors the build opened without close-on-exec.
    private static let closeFromAction: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    /// The path of the running executable (`/proc/self/exe`), so the detached process runs the same build of dossier.
    private static func currentExecutable() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, Int(PATH_MAX))
        guard length > 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
