import CirclesTesting
import Foundation

/// Decompresses with the system's `gzip` tool, independent of the server's use of zlib.
func gunzip(_ bytes: [UInt8]) throws -> String {
    try ProcessRunner.run(URL(fileURLWithPath: "/bin/gzip"), ["-dc"], input: Data(bytes)).standardOutput
}
