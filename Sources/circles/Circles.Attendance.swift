import ArgumentParser

extension Circles {
    /// `circles attendance ...`: attendance lists (närvarolistor), recorded attendance and
    /// the ABF report. Every subcommand works from the plan kept by `circles plan`.
    struct Attendance: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attendance",
            abstract: "Print attendance lists, record who came, and report study hours to ABF.",
            discussion: """
                Lists and reports hold personal data: they are written with mode 0600 into the \
                workspace's .circles/lists/ (or a path you give) and never under Calendars/.
                """,
            subcommands: [
                Export.self, Record.self, Import.self, Report.self, History.self,
            ]
        )
    }
}
