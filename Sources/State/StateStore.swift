import Foundation
import GRDB

/// The workspace's private state: `.circles/state.sqlite`.
///
/// It holds what must survive between runs and must never be published: feed tokens,
/// what was published (for SEQUENCE and cancellations), the kept plan, recorded
/// attendance and its audit trail. The folder is created with mode 0700 and the file with 0600, because it
/// holds tokens and personal data. Every write runs in one transaction: an operation either
/// happens entirely or not at all.
///
/// `clock` gives the times written (created, published, recorded): tests and reproducible
/// runs pass a fixed one.
public struct StateStore: Sendable {
    /// `.circles/state.sqlite` of the workspace this store was opened for.
    public let path: String
    let database: DatabaseQueue
    let clock: @Sendable () -> Date

    /// The folder name inside the workspace.
    public static let folderName = ".circles"
    /// The file name inside `.circles/`.
    public static let fileName = "state.sqlite"

    /// The migration names, in order: the schema's history.
    public static var migrationNames: [String] { StateMigrations.names }

    /// Opens (creating if needed) the state of the workspace at `workspace` and brings its
    /// tables up to date.
    public init(workspace: URL, clock: @escaping @Sendable () -> Date = { Date() }) throws(StateError) {
        let folder = workspace.appendingPathComponent(Self.folderName, isDirectory: true)
        let file = folder.appendingPathComponent(Self.fileName)
        try Self.preparePrivateFile(folder: folder, file: file)
        self.path = file.path
        self.clock = clock
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            // The CLI and the feed server may use the file at the same time: wait, don't fail.
            configuration.busyMode = .timeout(10)
            configuration.label = "circles.state"
            database = try DatabaseQueue(path: file.path, configuration: configuration)
            try StateMigrations.migrator.migrate(database)
        } catch {
            throw .cannotOpen(path: file.path, reason: Self.reason(error))
        }
    }

    /// The migrations applied to the file, in order.
    public func appliedMigrations() throws(StateError) -> [String] {
        try read("reading the schema version") { db in try StateMigrations.migrator.appliedMigrations(db) }
    }

    /// Creates `.circles/` (0700) and the database file (0600) before SQLite sees them, and
    /// tightens their modes if they already existed, so the file is never readable by others.
    private static func preparePrivateFile(folder: URL, file: URL) throws(StateError) {
        let files = FileManager.default
        do {
            try files.createDirectory(
                at: folder,
                withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700]
            )
            try files.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path)
            if !files.fileExists(atPath: file.path) {
                guard files.createFile(atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                    throw StateError.cannotPrepare(path: file.path, reason: "the file could not be created")
                }
            }
            try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        } catch let error as StateError {
            throw error
        } catch {
            throw .cannotPrepare(path: folder.path, reason: reason(error))
        }
    }

    /// The clock's time in whole seconds: SQLite keeps milliseconds, iCalendar seconds, and a
    /// record returned by a write must equal the same record read back later.
    func currentTime() -> Date {
        Date(timeIntervalSince1970: clock().timeIntervalSince1970.rounded(.down))
    }

    /// Runs `body` in one write transaction; any error rolls everything back.
    func write<T: Sendable>(_ operation: String, _ body: (Database) throws -> T) throws(StateError) -> T {
        do {
            return try database.write { db in try body(db) }
        } catch let error as StateError {
            throw error
        } catch {
            throw .failed(operation: operation, path: path, reason: Self.reason(error))
        }
    }

    /// Runs `body` in a read transaction.
    func read<T: Sendable>(_ operation: String, _ body: (Database) throws -> T) throws(StateError) -> T {
        do {
            return try database.read { db in try body(db) }
        } catch let error as StateError {
            throw error
        } catch {
            throw .failed(operation: operation, path: path, reason: Self.reason(error))
        }
    }

    /// SQLite's own message when there is one, not GRDB's debug description with SQL.
    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "\(error.resultCode)"
        }
        return String(describing: error)
    }
}
