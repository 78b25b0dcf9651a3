import AtomicFiles
import Catalogue
import State

/// Why `circles signups merge` wrote nothing (or, for `.write`, stopped after the file
/// named: each file is whole, and merging again finishes the job).
public enum SignupMergeError: Error, Sendable, CustomStringConvertible {
    case load(SignupsLoadError)
    case state(StateError)
    /// A workspace file could not be read as CSV.
    case unreadable(file: String, reason: String)
    /// people.csv lacks a column a new person has a value for.
    case missingColumn(file: String, column: String, signup: Int)
    case write(AtomicFileError)

    public var description: String {
        switch self {
        case .load(let error): return error.description
        case .state(let error): return error.description
        case .unreadable(let file, let reason): return "\(file): \(reason); nothing was merged"
        case .missingColumn(let file, let column, let signup):
            return
                "\(file): no column '\(column)' in the header, which sign-up \(signup) has a value for; add the column (and an empty field to every row) and merge again; nothing was merged"
        case .write(let error): return "\(error); merge again to finish"
        }
    }
}
