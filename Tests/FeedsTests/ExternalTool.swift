import CirclesTesting
import Foundation
import Testing

/// Python's `icalendar` (installed by `scripts/setup --test`) as a second reader of the feeds.
enum ExternalTool {
    /// Prints `file uid utc-start status sequence` for every VEVENT of every `.ics` under a
    /// folder, as Python's `icalendar` (not libical) reads them.
    static let pythonReader = """
        import sys, os, datetime, icalendar
        root = sys.argv[1]
        for folder, _, names in sorted(os.walk(root)):
            for name in sorted(names):
                if not name.endswith('.ics'):
                    continue
                path = os.path.join(folder, name)
                calendar = icalendar.Calendar.from_ical(open(path, 'rb').read())
                for event in calendar.walk('VEVENT'):
                    start = event.decoded('DTSTART').astimezone(datetime.timezone.utc)
                    end = event.decoded('DTEND').astimezone(datetime.timezone.utc)
                    print(os.path.relpath(path, root), str(event['UID']), start.strftime('%Y-%m-%dT%H:%M:%SZ'),
                          end.strftime('%Y-%m-%dT%H:%M:%SZ'), str(event['STATUS']), int(event['SEQUENCE']))
        """

    struct PythonEvent: Hashable {
        let file: String
        let uid: String
        let start: String
        let end: String
        let status: String
        let sequence: Int
    }

    static func readWithPython(_ folder: URL) throws -> [PythonEvent] {
        let script = folder.deletingLastPathComponent().appendingPathComponent("read-feeds.py")
        try Data(pythonReader.utf8).write(to: script)
        let result = try ProcessRunner.tool("python3", [script.path, folder.path])
        try #require(
            result.status == 0,
            "python3 with icalendar failed (run `scripts/setup --test`): \(result.standardError)"
        )
        return result.standardOutput.split(separator: "\n").map { line in
            let parts = line.split(separator: " ").map(String.init)
            return PythonEvent(
                file: parts[0],
                uid: parts[1],
                start: parts[2],
                end: parts[3],
                status: parts[4],
                sequence: Int(parts[5])!
            )
        }
    }
}

/// A value set once by another thread.
// @unchecked Sendable is safe: both fields are only touched while `lock` is held.
final class Locked<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T
    private var wasSet = false

    init(_ value: T) { stored = value }

    func set(_ value: T) {
        lock.lock()
        stored = value
        wasSet = true
        lock.unlock()
    }

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return wasSet
    }
    var value: T {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
