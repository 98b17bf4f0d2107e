/// A relative path that stays inside its folder: no absolute path, no `..`, no backslash, no empty part.
/// Read as bytes: it is asked of every file a build writes, and `String.contains` of a string goes through Foundation.
public enum SafePath {
    public static func isContained(_ path: String) -> Bool {
        let bytes = path.utf8
        guard let first = bytes.first, first != UInt8(ascii: "/"),
              !bytes.contains(where: { $0 == UInt8(ascii: "\\") || $0 == 0 }) else { return false }
        return bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && !(part.count <= 2 && part.allSatisfy { $0 == UInt8(ascii: ".") })
        }
    }
}
