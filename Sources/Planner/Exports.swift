/// The schedule the Planner hands on lives in `ScheduleFormat`, a target below the Planner,
/// so that what comes before the Planner in the flow (Signups, whose retention reads the kept
/// plan) reads it with the same types. Everything that imports the Planner gets it as before.
@_exported import ScheduleFormat
