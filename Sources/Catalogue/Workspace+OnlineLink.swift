extension Workspace {
    /// The online venue whose `url` gives hybrid circles their link: the first online venue
    /// with one (validation asks for it when a hybrid course exists).
    public var onlineLinkVenue: Venue? { venues.first { $0.isOnline && $0.url(for: "x") != nil } }

    /// The link a hybrid circle's remote members join by: the online venue's `url` with
    /// `{circle}` replaced, as for digital circles.
    public func onlineLink(for circle: Circle.ID) -> String? { onlineLinkVenue?.url(for: circle) }
}
