import Foundation

/// Publishes a built site to a folder on a server over ssh, with the guarantees of a local
/// publish, and with nothing but a POSIX shell, coreutils and rsync on the server.
///
/// One ssh session runs `RemoteScript` on the server: it takes the lock, makes an upload folder
/// beside the live site and says `ready`. rsync (over the same `--ssh` command) uploads the site
/// into it, hard-linking every file that did not change from the live version (`--link-dest`), so
/// only what changed travels. Then the session is told to `switch`: the upload becomes the next
/// version and a new symbolic link is renamed over the live one (`rename(2)`, one atomic step).
/// When the upload fails or Vista is stopped, the session's input closes and the server removes
/// the upload and the lock; the live link was never touched.
public struct SSHPublisher: PublishTarget {
    /// The server and folder.
    public let destination: SSHDestination
    /// How many replaced versions to keep for rollback.
    public let keep: Int
    /// The ssh command as written (`ssh -i key`), for rsync's `-e`.
    public let ssh: String
    private let sshWords: [String]

    /// Fails when `ssh` is not a command line (an unclosed quote, nothing at all).
    public init(destination: SSHDestination, keep: Int = 3, ssh: String = "ssh") throws {
        guard let words = ShellWords.split(ssh), !words.isEmpty else {
            throw Publisher.Failure(description: "--ssh \(ssh) is not a command: write it as in a shell, like --ssh \"ssh -i ~/.ssh/deploy\"")
        }
        self.destination = destination
        self.keep = max(0, keep)
        self.ssh = ssh
        self.sshWords = words
    }

    /// The `ssh://` address of the live site, as the user wrote it.
    public var location: String { destination.description }

    /// The `ssh://` address of the hidden folder beside the live site, `.NAME.vista-versions`,
    /// that holds the uploads and the kept versions.
    public var versionsLocation: String {
        let (parent, name) = destination.parentAndName
        let folder = (parent == "." ? "" : parent == "/" ? "/" : parent + "/") + ".\(name).vista-versions"
        return "ssh://" + destination.login + (destination.port.map { ":\($0)" } ?? "") + (folder.hasPrefix("/") ? folder : "/~/" + folder)
    }

    /// The ssh command that runs `RemoteScript` with `arguments` on the server.
    private var sessionCommand: (String) -> [String] {
        { remote in sshWords + (destination.port.map { ["-p", String($0)] } ?? []) + ["--", destination.login, remote] }
    }

    private func remoteCommand(_ arguments: [String]) -> String {
        (["sh", "-c", RemoteScript.text, "vista-publish"] + arguments).map(ShellWords.quote).joined(separator: " ")
    }

    /// Uploads the built site at `site` and switches the live link to it; `contentRoot` is not used
    /// (a folder on a server cannot lie in the local content folder). Throws `Publisher.Failure` when
    /// `site` is not a built site, ssh or rsync fails or the server refuses; the live site is then as it was.
    public func publish(site: String, contentRoot: String? = nil) throws -> Publisher.Report {
        try Publisher.checkBuiltSite(site)
        let session = try ChildProcess(sessionCommand(remoteCommand(["publish", destination.path, String(keep)])))
        let ready = try answer(session, expecting: "ready").split(separator: " ").map(String.init)
        guard ready.count == 2 else { throw failure(session, "the server answered \(ready.joined(separator: " ")) instead of ready") }
        let (incoming, linkDestination) = (ready[0], ready[1])
        let upload = try ChildProcess(rsyncCommand(site: site, incoming: incoming, linkDestination: linkDestination))
        let uploaded = upload.wait()
        guard uploaded.status == 0 else {
            session.closeInput()
            _ = session.wait()
            let reason = uploaded.errors.split(separator: "\n").suffix(3).joined(separator: "\n")
            throw Publisher.Failure(description: "the upload to \(location) failed (rsync exit status \(uploaded.status)); the live site was left as it was\(reason.isEmpty ? "" : ":\n" + reason)")
        }
        session.send("switch")
        let done = try answer(session, expecting: "done")
        let versions = try answer(session, expecting: "versions").split(separator: " ").map(String.init)
        _ = session.wait()
        return Publisher.Report(versions: versions.filter { $0 != done }, replaced: linkDestination != "-")
    }

    /// Switches the live link back to the newest kept version on the server. Throws
    /// `Publisher.Failure` with the server's or ssh's message when there is none or it cannot.
    public func rollback() throws -> Publisher.Report {
        let session = try ChildProcess(sessionCommand(remoteCommand(["rollback", destination.path])))
        let done = try answer(session, expecting: "done")
        let versions = try answer(session, expecting: "versions").split(separator: " ").map(String.init)
        _ = session.wait()
        return Publisher.Report(versions: versions.filter { $0 != done }, replaced: true)
    }

    /// The rsync command that uploads the site into the upload folder on the server.
    private func rsyncCommand(site: String, incoming: String, linkDestination: String) -> [String] {
        let (parent, name) = destination.parentAndName
        let folder = (parent == "." ? "" : parent == "/" ? "/" : parent + "/") + ".\(name).vista-versions/\(incoming)/"
        let host = destination.host.contains(":") ? "[\(destination.host)]" : destination.host
        let remote = (destination.user.map { $0 + "@" } ?? "") + host + ":" + folder
        let shell = ssh + (destination.port.map { " -p \($0)" } ?? "")
        // No times (-t): a new build has new times but mostly the same bytes; with --checksum,
        // unchanged files are hard links to the live version's files.
        var command = ["rsync", "--recursive", "--links", "--perms", "--checksum", "--chmod=D755,F644", "-e", shell]
        if linkDestination != "-" { command.append("--link-dest=" + linkDestination) }
        return command + ["--", (site.hasSuffix("/") ? site : site + "/"), remote]
    }

    /// The rest of the session's next line when it starts with `word`; a failure with the
    /// server's message (or ssh's) otherwise.
    private func answer(_ session: ChildProcess, expecting word: String) throws -> String {
        guard let line = session.readLine() else { throw failure(session, nil) }
        if line == word { return "" }
        if line.hasPrefix(word + " ") { return String(line.dropFirst(word.count + 1)) }
        throw failure(session, line)
    }

    private func failure(_ session: ChildProcess, _ line: String?) -> Publisher.Failure {
        session.stop()
        let ended = session.wait()
        if let line, line.hasPrefix("error ") {
            return Publisher.Failure(description: String(line.dropFirst("error ".count)))
        }
        if let line, line.hasPrefix("busy") {
            let holder = line.dropFirst("busy".count).trimmingCharacters(in: .whitespaces)
            return Publisher.Failure(description: "another vista publish to \(location) is running\(holder.isEmpty ? "" : " (process \(holder) on the server)"); try again when it has finished")
        }
        let reason = ended.errors.split(separator: "\n").suffix(3).joined(separator: "\n")
        return Publisher.Failure(description: "cannot publish to \(location): \(line.map { "the server answered \($0)" } ?? "the ssh session ended (exit status \(ended.status))")\(reason.isEmpty ? "" : ":\n" + reason)")
    }
}
