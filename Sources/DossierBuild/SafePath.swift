/// A relative path that stays inside its folder: no absolute path, no `..`, no backslash, no empty part.
/// Read as bytes: it is asked of every file a build writes, and `String.contains` of a string goes through Foundation.
public enum SafePath {
    public static func isContained(_ path: String) -> Bool {
        let bytes = path.utf8
        guard let first = bytes.first, first != UInt8(ascii: "/"),
              !bytes.contains(where: { $0 == UInt8(ascii: "\\") || $0 == 0 }) else { return false }
        // Each part between slashes checked as the bytes go by (a split made an array of the parts for every path).
        var partLength = 0
        var partIsDots = true
        for byte in bytes {
            if byte == UInt8(ascii: "/") {
                guard isAllowed(partLength: partLength, isDots: partIsDots) else { return false }
                (partLength, partIsDots) = (0, true)
            } else {
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
}
