/// Where each resource's occupancy lists live: one bucket per day in the span of
/// days the resource can be used (`base[r] + day - firstDay[r]`), so memory follows
/// what events can touch, not the calendar. A resource no event can use gets none.
struct OccupancyBuckets {
    private(set) var base: [Int] = []
    private(set) var firstDay: [Int] = []
    private(set) var count = 0

    /// - Parameters: dayMin, dayMax: per resource, the first and last day of the
    ///   events that can use it (`Int.max` / `Int.min` when there are none).
    init(dayMin: [Int], dayMax: [Int]) {
        for (first, last) in zip(dayMin, dayMax) {
            base.append(count)
            if first == Int.max {
                firstDay.append(0)
            } else {
                firstDay.append(first)
                count += last - first + 1
            }
        }
    }
}
