/// Namespace for the id of a circle: one group of people taking one course in
/// one term. The Planner forms circles; `circles.yaml` may fix some by hand
/// (`FixedCircle`). Both share this id type so a fixed circle keeps its id
/// through planning and publishing (it is part of every event's UID).
public enum Circle {
    public typealias ID = Identifier<Circle>
}
