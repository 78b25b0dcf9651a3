import AtomicFiles

/// Writes files that hold personal data: mode 0600 from the moment they exist, atomically,
/// and never under the publish folder (`PrivateOutput.check`).
enum PrivateFile {
    static func write(_ bytes: [UInt8], to path: String) throws(AttendanceFileError) {
        try PrivateOutput.check(path)
        do {
            try AtomicFile.write(bytes, to: path, mode: 0o600)
        } catch {
            throw AttendanceFileError(path: path, reason: error.reason)
        }
    }
}
