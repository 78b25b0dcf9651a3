#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What can stop the feed server, worded for the study organiser who runs `circles serve`.
public enum FeedServerError: Error, Sendable, Equatable {
    /// The output folder does not exist or is not a folder.
    case folderMissing(path: String, errno: Int32)
    /// A file inside the folder could not be read.
    case unreadableFile(path: String, errno: Int32)
    /// zlib refused to compress (out of memory); carries zlib's return code.
    case compression(code: Int32)
    /// The host or port given to `circles serve` cannot be used.
    case invalidAddress(host: String, port: Int)
    /// `--threads` below 1.
    case invalidThreads(Int)
}

extension FeedServerError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .folderMissing(let path, let code):
            "No published calendars at '\(path)' (\(Self.reason(code))). Run `circles publish` first, or point --out at the folder it wrote."
        case .unreadableFile(let path, let code):
            "Could not read '\(path)' (\(Self.reason(code))). Check the file's permissions or publish again."
        case .compression(let code):
            "Compressing a feed failed (zlib error \(code)); the machine may be out of memory."
        case .invalidAddress(let host, let port):
            "Cannot listen on \(host):\(port). Use --host with an address of this machine and --port between 0 and 65535."
        case .invalidThreads(let threads):
            "Cannot answer requests on \(threads) threads. Use --threads 1 or more, or leave it out for one per core."
        }
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
