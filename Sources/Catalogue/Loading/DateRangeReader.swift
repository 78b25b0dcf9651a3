/// Reads a period written either as one `date` or as `from` and `to`
/// (blackouts, venues' closed periods).
struct DateRangeReader {
    let reader: YAMLReader

    func dates(in map: YAMLMapping) -> DateRange? {
        let hasDate = map.value("date") != nil
        let hasRange = map.value("from") != nil || map.value("to") != nil
        if hasDate && hasRange {
            reader.log.add(map.location, key: map.name("date"), "give either 'date' or 'from' and 'to', not both")
            return nil
        }
        if hasDate {
            return map.date("date").map(DateRange.init(day:))
        }
        guard hasRange else {
            reader.log.add(
                map.location,
                key: map.name("date"),
                "required key is missing; give 'date' or 'from' and 'to'"
            )
            return nil
        }
        let from = map.date("from", required: true)
        let to = map.date("to", required: true)
        guard let from, let to else { return nil }
        guard from <= to else {
            reader.log.add(
                map.location(of: "to"),
                key: map.name("to"),
                "the period ends (\(to)) before it starts (\(from))"
            )
            return nil
        }
        return DateRange(from: from, to: to)
    }
}
