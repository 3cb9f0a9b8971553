import Foundation

/// JSON's string syntax, written once for every layer that writes JSON (results, shard partials).
package enum JSONText {
    /// Appends `s` as a JSON string literal, quotes included.
    package static func appendString(_ s: String, to out: inout String) {
        out.unicodeScalars.append("\"")
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20: out += String(format: "\\u%04x", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        out.unicodeScalars.append("\"")
    }
}
