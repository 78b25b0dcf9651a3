import CZlib

/// gzip compression through the system zlib.
///
/// Feeds are compressed once, when a snapshot is loaded, never per request: a calendar
/// client that polls every hour then costs a dictionary lookup and one write.
/// zlib writes a gzip header with modification time 0, so the same bytes always give the
/// same gzip bytes (and the same ETag for the gzip representation).
enum Gzip {
    /// Compresses `input` into a gzip member (RFC 1952).
    static func compress(_ input: [UInt8], level: Int32 = Z_DEFAULT_COMPRESSION) throws(FeedServerError) -> [UInt8] {
        var stream = z_stream()
        // windowBits 15 + 16 asks zlib for a gzip header and trailer instead of a zlib one.
        let initResult = deflateInit2_(
            &stream,
            level,
            Z_DEFLATED,
            15 + 16,
            8,
            Z_DEFAULT_STRATEGY,
            ZLIB_VERSION,
            Int32(MemoryLayout<z_stream>.size)
        )
        guard initResult == Z_OK else { throw .compression(code: initResult) }
        defer { deflateEnd(&stream) }

        let bound = Int(deflateBound(&stream, uLong(input.count)))
        var output = [UInt8](repeating: 0, count: bound)
        var input = input
        let result = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = uInt(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = uInt(outputBuffer.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        // deflateBound guarantees room for everything, so one Z_FINISH call must end the stream.
        guard result == Z_STREAM_END else { throw .compression(code: result) }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }
}
