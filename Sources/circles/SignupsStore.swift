import Foundation
import State

/// The State of a workspace for the sign-up commands, opened only when there is one (listing
/// the sign-ups of a workspace without any must not create a State file).
enum SignupsStore {
    static func open(_ workspace: String) throws -> StateStore? {
        let folder = URL(fileURLWithPath: workspace, isDirectory: true)
        let file = folder.appendingPathComponent(StateStore.folderName).appendingPathComponent(StateStore.fileName)
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        // StateError reads as a sentence: ArgumentParser prints it as it is.
        return try StateStore(workspace: folder)
    }
}
