/// A relative path that stays inside its folder: no absolute path, no `..`, no backslash, no empty part.
/// Read as bytes: it is asked of every file a build writes, and `String.contains` of a string goes through Foundation.
public enum SafePath {
    public static func isContained(_ path: String) -> Bool {
        // One pass over the bytes, each part between slashes checked as it ends (an absolute path's first part is
        // empty; so is an empty path's only one).
        var partLength = 0
        var partIsDots = true
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), 0:
                return false
            case UInt8(ascii: "/"):
                guard isAllowed(partLength: partLength, isDots: partIsDots) else { return false }
                (partLength, partIsDots) = (0, true)
            default:
                partLength += 1
                if byte != UInt8(ascii: ".") { partIsDots = false }
            }
        }
        return isAllowed(partLength: partLength, isDots: partIsDots)
    }

    /// A part is not empty, `.` or `..`.
    private static func isAllowed(partLength: Int, isDots: Bool) -> Bool {
        partLength > 0 && !(isDots && partLength <= 2)
    }

    /// The folder part of a path relative to the tree: what comes before its last slash ("" for a file at the top).
    static func folder(of path: String) -> Substring {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return path[..<slash]
    }
}
