extension Workspace {
    /// The great-circle distance in km from `person`'s association to
    /// `venue`; nil for an online venue (no travel).
    public func travelKilometres(of person: Person, to venue: Venue) -> Double? {
        guard !venue.isOnline, let place = venue.coordinate, let home = association(person.association) else {
            return nil
        }
        return home.coordinate.distanceInKilometres(to: place)
    }

    /// Whether `person` may be placed in a circle at `venue` as far as travel
    /// goes: online venues always, physical ones within `travel.max_km` (no
    /// limit when the plan sets none).
    public func isWithinTravel(of person: Person, to venue: Venue) -> Bool {
        guard let limit = plan.travel.maxKilometres, let distance = travelKilometres(of: person, to: venue) else {
            return true
        }
        return distance <= limit
    }
}
