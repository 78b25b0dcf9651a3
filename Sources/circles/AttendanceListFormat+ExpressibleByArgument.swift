import ArgumentParser
import Attendance

/// `--format pdf|csv` of `circles attendance export`.
extension AttendanceListFormat: ExpressibleByArgument {}
