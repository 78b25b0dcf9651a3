import Catalogue

/// Checks each study-circle rule against the held meetings and the sessions still planned.
struct RuleChecker {
    let sheet: AttendanceSheet
    let meetings: [StudyMeeting]
    let remaining: [AttendanceSession]
    let participants: [AttendanceParticipant]
    let language: Language

    private func t(_ sv: String, _ en: String) -> String { language == .sv ? sv : en }
    private func check(_ rule: StudyCircleRule, _ status: RuleStatus, _ detail: String = "") -> RuleCheck {
        RuleCheck(rule: rule, status: status, detail: detail)
    }
    private func session(_ number: Int) -> String { "\(ListLabels.for(language).session.lowercased()) \(number)" }
    private func names(_ people: [AttendanceParticipant]) -> String {
        people.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
    }

    func all() -> [RuleCheck] {
        [
            groupSize(), presentAtEveryMeeting(), minimumStudyHours(), presentAtFirstThree(),
            weeklyLimit(), meetingLength(), minimumAge(),
        ]
    }

    func groupSize() -> RuleCheck {
        let people = participants.count + 1
        if people > 20 {
            return check(
                .groupSize,
                .broken,
                t(
                    "\(people) personer med ledaren; högst 20 får vara med",
                    "\(people) people with the leader; at most 20 are allowed"
                )
            )
        }
        if people >= 3 { return check(.groupSize, .kept) }
        let missing = 3 - people
        if !remaining.isEmpty && meetings.count < 3 {
            return check(
                .groupSize,
                .open,
                t(
                    "bara \(people) med ledaren hittills; \(missing) till måste komma till någon av de första 3 träffarna",
                    "only \(people) with the leader so far; \(missing) more must come to one of the first 3 meetings"
                )
            )
        }
        return check(
            .groupSize,
            .broken,
            t(
                "bara \(people) med ledaren; minst 3 krävs",
                "only \(people) with the leader; at least 3 are required"
            )
        )
    }

    func presentAtEveryMeeting() -> RuleCheck {
        let thin = meetings.filter { $0.presentWithLeader < 3 }
        guard thin.isEmpty else {
            let list = thin.map { "\(session($0.session)) \($0.date): \($0.presentWithLeader)" }.joined(separator: ", ")
            return check(
                .presentAtEveryMeeting,
                .broken,
                t(
                    "för få närvarande (med ledaren): \(list)",
                    "too few present (with the leader): \(list)"
                )
            )
        }
        return check(.presentAtEveryMeeting, .kept)
    }

    func minimumStudyHours() -> RuleCheck {
        let hours = meetings.reduce(0) { $0 + $1.studyHours }
        if hours >= 9 && meetings.count >= 3 { return check(.minimumStudyHours, .kept) }
        let plannedHours = remaining.reduce(0) { $0 + $1.studyHours }
        let so = t(
            "\(hours) studietimmar under \(meetings.count) träffar hittills",
            "\(hours) study hours over \(meetings.count) meetings so far"
        )
        if hours + plannedHours >= 9 && meetings.count + remaining.count >= 3 {
            return check(
                .minimumStudyHours,
                .open,
                so
                    + t(
                        "; \(remaining.count) planerade träffar med \(plannedHours) studietimmar återstår",
                        "; \(remaining.count) planned sessions with \(plannedHours) study hours remain"
                    )
            )
        }
        return check(
            .minimumStudyHours,
            .broken,
            so
                + t(
                    "; de planerade träffarna räcker inte (\(plannedHours) studietimmar under \(remaining.count) träffar)",
                    "; the planned sessions are not enough (\(plannedHours) study hours over \(remaining.count) sessions)"
                )
        )
    }

    func presentAtFirstThree() -> RuleCheck {
        let firstThree = Set(meetings.prefix(3).flatMap(\.present))
        let late = participants.filter { !firstThree.contains($0.id) }
        if !late.isEmpty {
            return check(
                .presentAtFirstThree,
                .broken,
                t(
                    "räknas inte, kom först efter de 3 första träffarna: \(names(late))",
                    "not counted, first came after the first 3 meetings: \(names(late))"
                )
            )
        }
        if meetings.count < 3 && !remaining.isEmpty {
            let came = Set(participants.map(\.id))
            let notYet = sheet.participants.filter { !came.contains($0.id) }
            if !notYet.isEmpty {
                let left = 3 - meetings.count
                let next =
                    left == 1
                    ? t("nästa träff", "the next meeting")
                    : t("någon av de \(left) nästa träffarna", "one of the next \(left) meetings")
                return check(
                    .presentAtFirstThree,
                    .open,
                    t(
                        "har inte kommit än och räknas bara om de kommer till \(next): \(names(notYet))",
                        "have not come yet and count only if present at \(next): \(names(notYet))"
                    )
                )
            }
        }
        return check(.presentAtFirstThree, .kept)
    }

    func weeklyLimit() -> RuleCheck {
        func overfull(_ items: [(date: LocalDate, hours: Int)]) -> [String] {
            let weeks = Dictionary(grouping: items) { $0.date.mondayOfWeek }
            return weeks.keys.sorted().compactMap { monday in
                let week = weeks[monday]!
                let hours = week.reduce(0) { $0 + $1.hours }
                guard week.count > 3 || hours > 12 else { return nil }
                let first = week.map(\.date).min()!
                return t(
                    "veckan med \(first): \(week.count) träffar, \(hours) studietimmar",
                    "the week of \(first): \(week.count) meetings, \(hours) study hours"
                )
            }
        }
        let held = meetings.map { (date: $0.date, hours: $0.studyHours) }
        let broken = overfull(held)
        if !broken.isEmpty { return check(.weeklyLimit, .broken, broken.joined(separator: "; ")) }
        let planned = overfull(held + remaining.map { (date: $0.date, hours: $0.studyHours) })
        if !planned.isEmpty {
            return check(
                .weeklyLimit,
                .open,
                t("planerat: ", "planned: ") + planned.joined(separator: "; ")
                    + t("; flytta en träff innan den hålls", "; move a session before it takes place")
            )
        }
        return check(.weeklyLimit, .kept)
    }

    func meetingLength() -> RuleCheck {
        let long = meetings.filter { $0.studyHours > 4 }
        if !long.isEmpty {
            let list = long.map { "\(session($0.session)) \($0.date): \($0.studyHours)" }.joined(separator: ", ")
            return check(
                .meetingLength,
                .broken,
                t("för långa träffar (studietimmar): \(list)", "meetings too long (study hours): \(list)")
            )
        }
        let planned = remaining.filter { $0.studyHours > 4 }
        if !planned.isEmpty {
            let list = planned.map { "\(session($0.number)) \($0.date): \($0.studyHours)" }.joined(separator: ", ")
            return check(
                .meetingLength,
                .open,
                t(
                    "planerade träffar är för långa, korta dem: \(list)",
                    "planned sessions are too long, shorten them: \(list)"
                )
            )
        }
        return check(.meetingLength, .kept)
    }

    func minimumAge() -> RuleCheck {
        let young = participants.filter { AgeBand(birthYear: $0.birthYear, in: sheet.termYear) == .under13 }
        if !young.isEmpty {
            return check(
                .minimumAge,
                .broken,
                t(
                    "under 13 år \(sheet.termYear): \(names(young))",
                    "under 13 in \(sheet.termYear): \(names(young))"
                )
            )
        }
        return check(.minimumAge, .kept)
    }
}
