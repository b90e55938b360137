/// Where `vista publish --to ssh://[user@]host[:port]/path` publishes: a folder on another machine.
///
/// The path after the host is absolute (`ssh://web/srv/vista/reporting` is `/srv/vista/reporting`);
/// `ssh://web/~/public/reporting` is `public/reporting` under the remote user's home folder.
public struct SSHDestination: Sendable, Equatable {
    /// The user to log in as; `nil` leaves it to ssh (its configuration, or the local user name).
    public var user: String?
    /// The host name or address, as ssh takes it (an alias from `~/.ssh/config` works).
    public var host: String
    /// The port; `nil` leaves it to ssh.
    public var port: Int?
    /// The folder the web server serves, on the remote machine: absolute, or relative to the home folder.
    public var path: String

    /// Whether `text` names an SSH destination rather than a local folder.
    public static func isSSH(_ text: String) -> Bool { text.hasPrefix("ssh://") }

    /// Reads `ssh://[user@]host[:port]/path`.
    public init(_ text: String) throws {
        guard Self.isSSH(text) else { throw Publisher.Failure(description: "\(text) is not an ssh:// address") }
        let rest = text.dropFirst("ssh://".count)
        guard let slash = rest.firstIndex(of: "/") else {
            throw Publisher.Failure(description: "\(text) names no folder: write ssh://[user@]host[:port]/path, like ssh://web.example.com/srv/vista/reporting")
        }
        var authority = Substring(rest[..<slash])
        var path = String(rest[slash...])
        if let at = authority.lastIndex(of: "@") {
            user = String(authority[..<at])
            authority = authority[authority.index(after: at)...]
            guard let user, !user.isEmpty, !user.hasPrefix("-") else {
                throw Publisher.Failure(description: "\(text) has an empty or invalid user name before @")
            }
        }
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") { // [::1]:2222
            host = String(authority[authority.index(after: authority.startIndex)..<close])
            authority = authority[authority.index(after: close)...]
        } else if let colon = authority.firstIndex(of: ":") {
            host = String(authority[..<colon])
            authority = authority[colon...]
        } else {
            host = String(authority)
            authority = ""
        }
        if authority.hasPrefix(":") {
            guard let number = Int(authority.dropFirst()), (1...65535).contains(number) else {
                throw Publisher.Failure(description: "\(text) has an invalid port \(authority.dropFirst()): give a number from 1 to 65535")
            }
            port = number
        } else if !authority.isEmpty {
            throw Publisher.Failure(description: "\(text): unexpected \(authority) after the host")
        }
        guard !host.isEmpty, !host.hasPrefix("-"), !host.contains(where: { $0 == " " || $0 == "/" }) else {
            throw Publisher.Failure(description: "\(text) names no valid host: write ssh://[user@]host[:port]/path")
        }
        if path.hasPrefix("/~/") { path = String(path.dropFirst(3)) }
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        guard !path.isEmpty, path != "/", path != "/~", !path.contains("\0") else {
            throw Publisher.Failure(description: "cannot publish to \(text): give a folder of its own, like ssh://\(host)/srv/vista/reporting")
        }
        self.path = path
    }

    /// `user@host` or `host`, as ssh and rsync take it (an IPv6 address in brackets for rsync).
    var login: String { (user.map { $0 + "@" } ?? "") + host }

    /// The remote folder's parent and name: `/srv/vista/reporting` → (`/srv/vista`, `reporting`).
    var parentAndName: (parent: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let parent = String(path[..<slash])
        return (parent.isEmpty ? "/" : parent, String(path[path.index(after: slash)...]))
    }

    /// The address as the user wrote it, for messages.
    public var description: String {
        "ssh://" + login + (port.map { ":\($0)" } ?? "") + (path.hasPrefix("/") ? path : "/~/" + path)
    }
}
