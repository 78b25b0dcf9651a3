import Catalogue
import ICal

extension LocalTimestamp {
    /// The wall-clock reading for DTSTART and DTEND with TZID (the instant is in the offset).
    var wallClock: ICalDateTime {
        ICalDateTime(
            year: date.year,
            month: date.month,
            day: date.day,
            hour: minutes / 60,
            minute: minutes % 60,
            second: second
        )
    }
}
