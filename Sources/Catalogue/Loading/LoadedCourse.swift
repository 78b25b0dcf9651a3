/// A course as loaded, with where each of its keys was written, so that
/// checks across files can point at the exact line (`leader`, `windows`...).
struct LoadedCourse {
    let course: Course
    let keyLocations: [String: SourceLocation]

    func location(of key: String) -> SourceLocation { keyLocations[key] ?? course.location }
}
