import PublishedLayout

/// The one link a message gives a person: their personal page, `<base_url>/p/<token>`, where
/// they see their circles, subscribe to their feed and can leave or erase their data;
/// `List-Unsubscribe` points at it too.
public enum PersonalLink {
    public static func url(base: String, token: String) -> String {
        base + PublishedLayout.personalPagePath(token: token)
    }
}
