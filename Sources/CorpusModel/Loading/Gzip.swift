import CZlib

/// Decompresses gzip files (one member or several, as `cat a.gz b.gz` makes) with the system zlib.
enum Gzip {
    /// Why decompression stopped before the end of the data.
    enum Fault: Error, Equatable {
        /// The compressed data ends in the middle of a member (a cut download or copy).
        case endsEarly
        /// The data is not gzip, or is damaged: zlib's message.
        case corrupt(String)
    }

    /// Whether `bytes` start with the gzip magic number.
    static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B }

    /// The decompressed bytes, and the fault that stopped decompression early (everything
    /// decompressed before it is kept).
    static func decompress(_ input: [UInt8]) -> (bytes: [UInt8], fault: Fault?) {
        var out: [UInt8] = []
        out.reserveCapacity(input.count * 4)
        var stream = z_stream()
        guard crq_inflate_init(&stream) == Z_OK else { return ([], .corrupt("zlib could not start")) }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let fault: Fault? = input.withUnsafeBufferPointer { inBuf -> Fault? in
            guard let base = inBuf.baseAddress, !inBuf.isEmpty else { return .endsEarly }
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = uInt(inBuf.count)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = uInt(outBuf.count)
                    let s = inflate(&stream, Z_NO_FLUSH)
                    out.append(contentsOf: outBuf[0..<(outBuf.count - Int(stream.avail_out))])
                    return s
                }
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END:
                    // Another member may follow; trailing zero bytes (tape padding) end the file.
                    let rest = UnsafeBufferPointer(start: stream.next_in, count: Int(stream.avail_in))
                    if rest.allSatisfy({ $0 == 0 }) { return nil }
                    guard inflateReset(&stream) == Z_OK else { return .corrupt("zlib could not restart") }
                case Z_BUF_ERROR:
                    // No progress possible: the input ran out before the member ended.
                    return .endsEarly
                default:
                    return .corrupt(stream.msg.map { String(cString: $0) } ?? "damaged data")
                }
            }
        }
        return (out, fault)
    }
}
