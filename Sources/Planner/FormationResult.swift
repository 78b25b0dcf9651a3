/// What circle formation decided: the circles, and every request it could not place
/// in one, with the reason (nobody is dropped silently).
struct FormationResult: Sendable {
    var circles: [FormedCircle] = []
    var unassigned: [UnassignedRequest] = []
}
