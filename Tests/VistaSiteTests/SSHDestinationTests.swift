import Foundation
import Testing
@testable import VistaSite

/// `--to ssh://…` and `--ssh COMMAND` as the user writes them.
@Suite struct SSHDestinationTests {
    @Test func anAddressWithUserPortAndPath() throws {
        let destination = try SSHDestination("ssh://deploy@web.example.com:2222/srv/vista/reporting/")
        #expect(destination.user == "deploy")
        #expect(destination.host == "web.example.com")
        #expect(destination.port == 2222)
        #expect(destination.path == "/srv/vista/reporting")
        #expect(destination.parentAndName == ("/srv/vista", "reporting"))
        #expect(destination.description == "ssh://deploy@web.example.com:2222/srv/vista/reporting")
    }

    @Test func anAddressWithHostOnlyAndAHomePath() throws {
        let plain = try SSHDestination("ssh://web/site")
        #expect(plain.user == nil && plain.port == nil && plain.login == "web")
        #expect(plain.parentAndName == ("/", "site"))
        let home = try SSHDestination("ssh://web/~/public/reporting")
        #expect(home.path == "public/reporting")
        #expect(home.parentAndName == ("public", "reporting"))
        #expect(home.description == "ssh://web/~/public/reporting")
        let bracketed = try SSHDestination("ssh://[::1]:22/srv/x")
        #expect(bracketed.host == "::1" && bracketed.port == 22)
    }

    @Test func badAddressesAreRefusedWithAMessage() {
        let cases: [(String, String)] = [
            ("ssh://web", "names no folder"),
            ("ssh://web/", "give a folder of its own"),
            ("ssh://web/~/", "give a folder of its own"),
            ("ssh://web:99999/srv/x", "invalid port"),
            ("ssh://web:ab/srv/x", "invalid port"),
            ("ssh://@web/srv/x", "user name"),
            ("ssh://-oProxyCommand=x/srv/x", "no valid host"),
            ("ssh:///srv/x", "no valid host"),
        ]
        for (address, message) in cases {
            let error = #expect(throws: Publisher.Failure.self, "\(address)") { try SSHDestination(address) }
            #expect(error?.description.contains(message) == true, "\(address): \(error?.description ?? "")")
        }
    }

    @Test func toChoosesTheKindOfTarget() throws {
        #expect(try PublishDestination.target("/srv/vista/reporting", keep: 2) is Publisher)
        let remote = try PublishDestination.target("ssh://web/srv/vista/reporting", keep: 2, ssh: "ssh -i 'my key'")
        #expect(remote is SSHPublisher)
        #expect(remote.versionsLocation == "ssh://web/srv/vista/.reporting.vista-versions")
        #expect(throws: Publisher.Failure.self) { try PublishDestination.target("ssh://web/x", keep: 1, ssh: "ssh -i 'open") }
    }

    @Test func commandLinesSplitAndQuoteAsAShellDoes() {
        #expect(ShellWords.split(#"ssh -i "my key" -o 'ProxyCommand=nc %h %p' a\ b"#) == ["ssh", "-i", "my key", "-o", "ProxyCommand=nc %h %p", "a b"])
        #expect(ShellWords.split("  ssh  ") == ["ssh"])
        #expect(ShellWords.split(#"x "" y"#) == ["x", "", "y"])
        #expect(ShellWords.split("ssh 'open") == nil)
        #expect(ShellWords.quote("/srv/vista/reporting") == "/srv/vista/reporting")
        #expect(ShellWords.quote("it's $HOME") == #"'it'\''s $HOME'"#)
        #expect(ShellWords.quote("") == "''")
    }
}
