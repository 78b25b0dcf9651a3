import Foundation

/// `2023-01-02T08:00`, a wall-clock time in the plan's zone, as `--now` takes it.
public enum LocalTimestampText {
    public static func parse(_ text: String, in zone: TimeZone) -> Date? {
        let parts = text.split(separator: "T")
        guard parts.count == 2 else { return nil }
        let day = parts[0].split(separator: "-").compactMap { Int($0) }
        let time = parts[1].split(separator: ":").compactMap { Int($0) }
        guard day.count == 3, time.count == 2, parts[0].count == 10, parts[1].count == 5,
            (1...12).contains(day[1]), (1...31).contains(day[2]), (0...23).contains(time[0]), (0...59).contains(time[1])
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: day[0], month: day[1], day: day[2], hour: time[0], minute: time[1])
        guard let date = calendar.date(from: components),
            calendar.component(.day, from: date) == day[2]
        else { return nil }
        return date
    }
}
