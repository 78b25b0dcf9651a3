extension Workspace {
    /// Why `course` may not meet on `date`, or nil if it may (as far as the
    /// plan's calendar goes: venues' closed periods and people's unavailability
    /// are separate). With `course` nil every blackout counts.
    ///
    /// A holiday wins over a blackout on the same day, because it is the
    /// reason that does not depend on the course.
    public func blockReason(on date: LocalDate, for course: Course?) -> BlockedDay.Reason? {
        if let calendar = plan.holidays,
            let holiday = calendar.holidays(in: date.year).first(where: { $0.date == date })
        {
            return .holiday(holiday.name)
        }
        let tags = course?.tags ?? []
        if let blackout = plan.blackouts.first(where: { $0.blocks(date, forCourseTags: tags) }) {
            return .blackout(blackout.reason)
        }
        return nil
    }

    /// Every day of `term` on which `course` may not meet, in date order, with
    /// the reason (see `blockReason(on:for:)`).
    public func blockedDays(for course: Course?, in term: Term) -> [BlockedDay] {
        guard term.from <= term.to else { return [] }
        var holidays: [LocalDate: String] = [:]
        if let calendar = plan.holidays {
            for year in term.from.year...term.to.year {
                for holiday in calendar.holidays(in: year) where holidays[holiday.date] == nil {
                    holidays[holiday.date] = holiday.name
                }
            }
        }
        let tags = course?.tags ?? []
        return term.dates.days.compactMap { date in
            if let name = holidays[date] { return BlockedDay(date: date, reason: .holiday(name)) }
            if let blackout = plan.blackouts.first(where: { $0.blocks(date, forCourseTags: tags) }) {
                return BlockedDay(date: date, reason: .blackout(blackout.reason))
            }
            return nil
        }
    }
}
