extension Workspace {
    /// Loads and validates the workspace folder at `path` (as the user typed
    /// it: messages name files starting with it, e.g. `Courses/plan.yaml`).
    ///
    /// Never crashes on bad input: every problem of every file, and of the
    /// references between files, is collected and thrown together.
    public static func load(from path: String) throws(WorkspaceLoadError) -> Workspace {
        try WorkspaceLoader(path: path).load().get()
    }

    /// Loads the workspace at `path` together with what `adding` makes of it (the web's
    /// sign-ups, leavings and erasures): the files are loaded and validated first; `adding`
    /// gets that workspace, and what it returns is merged in and validated again with the
    /// files, each added thing named by its own location (`sign-up 12: course: ...`).
    /// When `adding` returns nothing, the workspace is exactly that of `load(from:)`.
    public static func load(
        from path: String,
        adding: (Workspace) -> WorkspaceAdditions
    ) throws(WorkspaceLoadError) -> Workspace {
        try WorkspaceLoader(path: path).load(adding: adding).get()
    }
}
