import Foundation
import State

/// The State of a workspace for the sign-up commands, opened only when there is one (listing
/// the sign-ups of a workspace without any must not create a State file).
enum SignupsStore {
    static func open(_ workspace: String) throws -> StateStore? {
        let folder = URL(fileURLWithPath: workspace, isDirectory: true)
        let file = folder.appendingPathComponent(StateStore.folderName).appendingPathComponent(StateStore.fileName)
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        do {
            return try StateStore(workspace: folder)
        } catch {
            throw CirclesError("\(error)")
        }
    }

    /// StateError reads as a sentence; anything else is said as it is.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StateError {
            throw CirclesError("\(error)")
        }
    }
}
