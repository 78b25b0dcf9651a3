import ArgumentParser
import Catalogue
import Feeds
import Foundation
import State

extension Circles.Feeds {
    /// `circles feeds rotate PERSON [WORKSPACE]`: a new secret link for one person.
    struct Rotate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rotate",
            abstract: "Give a person a new private feed link (after a link was shared by mistake).",
            discussion: """
                Where `circles serve` serves the feeds, the old link stops working at once and the new \
                one works at once; the next `circles publish` writes the feed under the new name (for \
                static hosts) and updates the private feeds list. Prints the new link.
                """
        )

        @Argument(help: "The person id, as in people.csv.")
        var person: String

        @OptionGroup var workspace: WorkspaceArgument

        @Option(name: .customLong("base-url"), help: "Where the feeds are served from.")
        var baseURL: String = "http://127.0.0.1:8080"

        func run() throws {
            let loaded = try WorkspaceLoading.load(workspace.path)
            guard loaded.person(Person.ID(person)) != nil else {
                throw ValidationError("no person '\(person)' in \(workspace.path)/people.csv")
            }
            let lock = try WriterLock.take(workspace.path, command: "feeds rotate")
            defer { withExtendedLifetime(lock) {} }
            var base = baseURL
            while base.hasSuffix("/") { base.removeLast() }
            let store = try StateStore(workspace: URL(fileURLWithPath: workspace.path))
            let rotation = try store.rotateToken(for: person)
            print(
                "new private feed link of \(person): \(FeedLinks(base: base).privateURL(token: rotation.current.token))"
            )
            print(
                "the old link stops working at once where `circles serve` serves the feeds, elsewhere at the next `circles publish`"
            )
        }
    }
}
