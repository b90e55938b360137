/// Where `vista publish` places a built site: a folder on this machine (`Publisher`) or a folder
/// on a server over ssh (`SSHPublisher`). Both give the same guarantees: readers see the old site
/// or the new one, never a mix; replaced versions are kept for `rollback()`; two publishes to the
/// same target never interleave; a publish that fails or is stopped leaves the live site as it was.
public protocol PublishTarget: Sendable {
    /// The target as the user wrote it, for messages.
    var location: String { get }
    /// Where the kept versions are, for messages.
    var versionsLocation: String { get }
    /// Places the built site at `site` at the target, in one atomic switch. `contentRoot`, when the
    /// site was just built from it, may not hold the target.
    func publish(site: String, contentRoot: String?) throws -> Publisher.Report
    /// Switches back to the newest kept version.
    func rollback() throws -> Publisher.Report
}

/// Reads `--to`: an `ssh://` address or a local folder.
public enum PublishDestination {
    /// The target `--to` names, keeping `keep` replaced versions; `ssh` is the ssh command for an
    /// `ssh://` address.
    public static func target(_ to: String, keep: Int, ssh: String = "ssh") throws -> any PublishTarget {
        if SSHDestination.isSSH(to) {
            return try SSHPublisher(destination: SSHDestination(to), keep: keep, ssh: ssh)
        }
        return Publisher(target: to, keep: keep)
    }
}

extension Publisher: PublishTarget {
    /// The target folder, without a trailing `/`.
    public var location: String { target }
    /// The hidden folder beside the target, `.NAME.vista-versions`.
    public var versionsLocation: String { versionsFolder }
}
