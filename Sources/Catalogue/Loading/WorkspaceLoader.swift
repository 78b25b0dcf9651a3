import Yams

/// Loads every file of a workspace, then checks the references between them.
/// Every problem goes to one log: a broken file does not stop the others
/// from being read, so one run reports every mistake.
struct WorkspaceLoader {
    let path: String

    /// `adding`: given the workspace of the files alone (valid), what comes from outside them;
    /// merged in and validated again with the files (see `merge`).
    func load(
        adding: (Workspace) -> WorkspaceAdditions = { _ in WorkspaceAdditions() }
    ) -> Result<
        Workspace, WorkspaceLoadError
    > {
        let log = ProblemLog()
        let files = WorkspaceFiles(root: path, log: log)
        guard files.checkFolder() else { return .failure(log.error) }

        func yaml(_ relative: String, optional: Bool = false, emptyMeans expected: String?) -> (Node, YAMLReader)? {
            guard let text = files.text(relative, optional: optional) else { return nil }
            let reader = YAMLReader(file: files.display(relative), log: log)
            let before = log.count
            guard let root = reader.document(text) else {
                if let expected, log.count == before {
                    log.add(
                        SourceLocation(file: files.display(relative)),
                        key: nil,
                        "the file is empty; expected \(expected)"
                    )
                }
                return nil
            }
            return (root, reader)
        }

        let plan = yaml(WorkspaceFiles.plan, emptyMeans: "organisation, timezone, terms and windows").flatMap {
            root,
            reader in
            PlanLoader(reader: reader).load(root)
        }
        let venues = yaml(WorkspaceFiles.venues, emptyMeans: "a list of venues").map { root, reader in
            VenuesLoader(reader: reader).load(root)
        }
        let associations = yaml(WorkspaceFiles.associations, emptyMeans: "a list of associations").map { root, reader in
            AssociationsLoader(reader: reader).load(root)
        }
        var courseIDs = DeclaredIDs<Course>()
        var courses: [LoadedCourse] = []
        for file in files.catalogueFiles() {
            guard let (root, reader) = yaml(file, emptyMeans: "a course: id, title, kind, format, sessions ...") else {
                continue
            }
            if let course = CourseLoader(reader: reader).load(root, declared: &courseIDs) { courses.append(course) }
        }
        let people = files.text(WorkspaceFiles.people).flatMap { text in
            PeopleLoader(file: files.display(WorkspaceFiles.people), log: log).load(text)
        }
        let enrolments =
            files.text(WorkspaceFiles.enrolments).map { text in
                EnrolmentsLoader(file: files.display(WorkspaceFiles.enrolments), log: log).load(text)
            } ?? []
        let circles =
            yaml(WorkspaceFiles.circles, optional: true, emptyMeans: nil).map { root, reader in
                FixedCirclesLoader(reader: reader).load(root)
            } ?? []

        let validator = WorkspaceValidator(
            files: files,
            log: log,
            plan: plan,
            venues: venues,
            associations: associations,
            courseIDs: courseIDs,
            courses: courses,
            people: people,
            enrolments: enrolments,
            circles: circles
        )
        validator.validate()

        guard log.isEmpty, let plan else { return .failure(log.error) }
        var workspace = Workspace(
            path: files.root,
            plan: plan.plan,
            venues: venues?.venues ?? [],
            associations: associations?.associations ?? [],
            courses: courses.map(\.course),
            people: people?.people ?? [],
            enrolments: enrolments,
            fixedCircles: circles.map(\.circle)
        )
        workspace.warnings = log.warnings
        guard let people else { return .success(workspace) }
        let additions = adding(workspace)
        guard !additions.isEmpty else { return .success(workspace) }
        return merge(
            additions,
            into: FileResults(
                files: files,
                log: log,
                plan: plan,
                venues: venues,
                associations: associations,
                courseIDs: courseIDs,
                courses: courses,
                people: people,
                enrolments: enrolments,
                circles: circles
            )
        )
    }
}
