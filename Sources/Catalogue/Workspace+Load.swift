extension Workspace {
    /// Loads and validates the workspace folder at `path` (as the user typed
    /// it: messages name files starting with it, e.g. `Courses/plan.yaml`).
    ///
    /// Never crashes on bad input: every problem of every file, and of the
    /// references between files, is collected and thrown together.
    public static func load(from path: String) throws(WorkspaceLoadError) -> Workspace {
        try WorkspaceLoader(path: path).load().get()
    }
}
