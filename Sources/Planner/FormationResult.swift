/// What circle formation decided: the circles, and every request it could not place
/// in one, with the reason (nobody is dropped silently).
struct FormationResult: Sendable {
    var circles: [FormedCircle] = []
    var unassigned: [UnassignedRequest] = []
    /// Requests that found no seat while circles were formed although enough others
    /// share an evening with them: after solving, repair seats them in a placed circle
    /// if one has room for them then; the rest are unassigned with the reason they carry.
    var awaitingSeat: [UnassignedRequest] = []
}
