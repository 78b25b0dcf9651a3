/// The one link a message gives a person: for now their private feed,
/// `<base_url>/p/<token>.ics`. When the personal page (`/p/<token>`) comes with the sign-up
/// work, this is the one place to change; `List-Unsubscribe` points at it too.
public enum PersonalLink {
    public static func url(base: String, token: String) -> String { "\(base)/p/\(token).ics" }
}
