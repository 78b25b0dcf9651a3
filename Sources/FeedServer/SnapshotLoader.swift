import Logging
import PublishedLayout

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a published folder into a `FeedSnapshot`.
///
/// The folder is opened once and every file is opened relative to that descriptor, so a
/// publish that swaps the folder while we read cannot give a mix of two versions: we keep
/// reading the version we opened. If that version is swapped out and deleted under us (a
/// file vanishes) or replaced before we finish, the read starts again on the new one.
/// Symbolic links and anything but regular files and folders are skipped, so nothing
/// outside the folder can be pulled in.
enum SnapshotLoader {
    /// How often a read that raced with a publish is started again before giving up.
    static let attempts = 5

    /// Loads the folder at `path`; `previous` lends its Last-Modified dates and gzip bytes
    /// to files whose content did not change.
    static func load(path: String, previous: FeedSnapshot?, logger: Logger) throws(FeedServerError) -> FeedSnapshot {
        var lastError = FeedServerError.folderMissing(path: path, errno: ENOENT)
        for _ in 0..<attempts {
            do {
                let snapshot = try loadOnce(path: path, previous: previous, logger: logger)
                // A publish during the read leaves us with a complete but already old version:
                // read again rather than serve it, unless nothing is at `path` right now.
                if let now = FolderFingerprint.current(of: path), now != snapshot.fingerprint { continue }
                return snapshot
            } catch {
                switch error {
                case .folderChangedDuringRead:
                    continue
                case .failed(let failure):
                    lastError = failure
                    if case .folderMissing = failure { throw failure }
                }
            }
        }
        throw lastError
    }

    private enum LoadFailure: Error {
        case folderChangedDuringRead
        case failed(FeedServerError)
    }

    private static func loadOnce(
        path: String,
        previous: FeedSnapshot?,
        logger: Logger
    ) throws(LoadFailure) -> FeedSnapshot {
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { throw .failed(.folderMissing(path: path, errno: errno)) }
        defer { close(folder) }
        var status = stat()
        guard fstat(folder, &status) == 0 else { throw .failed(.folderMissing(path: path, errno: errno)) }
        let fingerprint = FolderFingerprint(status)

        var publicEntries: [String: FeedEntry] = [:]
        var privateEntries: [TokenDigest: FeedEntry] = [:]
        var personalPlans: [TokenDigest: [UInt8]] = [:]
        var skipped = 0

        // The top folder: the front page, the stylesheet and the icon.
        for name in [PublishedLayout.indexFile] + PublishedLayout.assetFiles {
            // Each is optional (an older publish had no icon): absent is not a publish racing us.
            var status = stat()
            guard fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 || errno != ENOENT else { continue }
            guard let key = PublishedLayout.requestPath(ofPage: name, in: nil),
                let file = try readFile(in: folder, name: name, displayPath: "\(path)/\(name)")
            else { continue }
            let entry = try makeEntry(
                file,
                contentType: contentType(of: name),
                isPrivate: false,
                previous: previous?.publicEntries[key]
            )
            publicEntries[key] = entry
            if name == PublishedLayout.indexFile { publicEntries["/index.html"] = entry }
        }

        // The pages, `<kind>/<id>.html` at `/<kind>/<id>`.
        for kind in PublishedKind.allCases {
            guard let names = try listFolder(in: folder, name: kind.rawValue, path: path) else { continue }
            try loadPublic(
                names,
                displayPath: "\(path)/\(kind.rawValue)",
                contentType: htmlType,
                previous: previous,
                into: &publicEntries,
                skipped: &skipped
            ) { PublishedLayout.requestPath(ofPage: $0, in: kind) }
        }

        // The public feeds, `calendars/<kind>/<id>.ics` at the same path.
        if let calendars = try listFolder(in: folder, name: PublishedLayout.calendarsFolder, path: path) {
            let calendarsPath = "\(path)/\(PublishedLayout.calendarsFolder)"
            for kind in PublishedKind.allCases {
                guard let names = try listFolder(in: calendars.descriptor, name: kind.rawValue, path: calendarsPath)
                else { continue }
                try loadPublic(
                    names,
                    displayPath: "\(calendarsPath)/\(kind.rawValue)",
                    contentType: calendarType,
                    previous: previous,
                    into: &publicEntries,
                    skipped: &skipped
                ) { PublishedLayout.requestPath(ofFeed: $0, in: kind) }
            }
        }

        if let names = try listFolder(in: folder, name: PublishedLayout.privateFolder, path: path) {
            for name in names {
                // The display path never names the file: its name is the member's token.
                if let token = PublishedLayout.token(inPlanFileName: name) {
                    if let file = try readFile(
                        in: names.descriptor,
                        name: name,
                        displayPath: "\(path)/people/<token>.json"
                    ) {
                        personalPlans[TokenDigest(token: token)] = file.bytes
                    }
                    continue
                }
                guard let token = PublishedLayout.token(inFileName: name),
                    let file = try readFile(in: names.descriptor, name: name, displayPath: "\(path)/people/<token>.ics")
                else {
                    skipped += 1
                    continue
                }
                let key = TokenDigest(token: token)
                privateEntries[key] = try makeEntry(
                    file,
                    contentType: calendarType,
                    isPrivate: true,
                    previous: previous?.privateEntries[key]
                )
            }
        }
        if skipped > 0 {
            logger.warning(
                "Skipped files that are not feeds or pages",
                metadata: ["folder": "\(path)", "count": "\(skipped)"]
            )
        }
        return FeedSnapshot(
            publicEntries: publicEntries,
            privateEntries: privateEntries,
            personalPlans: personalPlans,
            fingerprint: fingerprint
        )
    }

    /// Every file of one public folder (pages of a kind, or its feeds) under the request path
    /// `requestPath` gives its name; a name it refuses, or a file that cannot be read, is
    /// counted in `skipped`.
    private static func loadPublic(
        _ names: FolderListing,
        displayPath: String,
        contentType: String,
        previous: FeedSnapshot?,
        into entries: inout [String: FeedEntry],
        skipped: inout Int,
        requestPath: (String) -> String?
    ) throws(LoadFailure) {
        for name in names {
            guard let key = requestPath(name),
                let file = try readFile(in: names.descriptor, name: name, displayPath: "\(displayPath)/\(name)")
            else {
                skipped += 1
                continue
            }
            entries[key] = try makeEntry(
                file,
                contentType: contentType,
                isPrivate: false,
                previous: previous?.publicEntries[key]
            )
        }
    }

    private static let calendarType = "text/calendar; charset=utf-8"
    private static let htmlType = "text/html; charset=utf-8"

    /// Larger files are skipped at load: a feed or page is a few hundred kilobytes at most.
    static let maximumFileSize = 32 * 1024 * 1024

    private static func contentType(of name: String) -> String {
        if name.hasSuffix(".css") { return "text/css; charset=utf-8" }
        if name.hasSuffix(".svg") { return "image/svg+xml" }
        return htmlType
    }

    private struct FileContents {
        var bytes: [UInt8]
        var modified: Int
    }

    private static func makeEntry(
        _ file: FileContents,
        contentType: String,
        isPrivate: Bool,
        previous: FeedEntry?
    ) throws(LoadFailure) -> FeedEntry {
        do {
            return try FeedEntry(
                bytes: file.bytes,
                modified: file.modified,
                contentType: contentType,
                isPrivate: isPrivate,
                previous: previous
            )
        } catch {
            throw .failed(error)
        }
    }

    /// The entry names of the sub-folder `name`, with the folder kept open for `openat`;
    /// nil when there is no such folder or it is a symbolic link or not a folder.
    private static func listFolder(in parent: Int32, name: String, path: String) throws(LoadFailure) -> FolderListing? {
        let descriptor = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR, ELOOP: return nil
            default: throw .failed(.unreadableFile(path: "\(path)/\(name)", errno: errno))
            }
        }
        // fdopendir takes over the descriptor it is given, so give it a copy.
        let copy = dup(descriptor)
        guard copy >= 0, let directory = fdopendir(copy) else {
            let code = errno
            close(descriptor)
            throw .failed(.unreadableFile(path: "\(path)/\(name)", errno: code))
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if entryName == "." || entryName == ".." { continue }
            names.append(entryName)
        }
        // Sorted so that the load order, and so the log, does not depend on the file system.
        return FolderListing(descriptor: descriptor, names: names.sorted())
    }

    /// Reads a regular file relative to `folder`; nil for a symbolic link, a folder, a
    /// device or an oversized file. A file that vanished means the folder is being removed
    /// after a publish, so the whole read starts again.
    private static func readFile(
        in folder: Int32,
        name: String,
        displayPath: String
    ) throws(LoadFailure) -> FileContents? {
        // O_NONBLOCK: opening a FIFO planted in the folder must not hang the loader.
        let descriptor = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            switch errno {
            case ELOOP: return nil
            case ENOENT: throw .folderChangedDuringRead
            default: throw .failed(.unreadableFile(path: displayPath, errno: errno))
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .failed(.unreadableFile(path: displayPath, errno: errno)) }
        guard (status.st_mode & S_IFMT) == S_IFREG, status.st_size <= maximumFileSize else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .failed(.unreadableFile(path: displayPath, errno: errno))
            }
            // A file that shrank while we read it is being rewritten in place: not a publish
            // we can trust, read the folder again.
            if count == 0 { throw .folderChangedDuringRead }
            filled += count
        }
        #if canImport(Darwin)
        let modified = Int(status.st_mtimespec.tv_sec)
        #else
        let modified = Int(status.st_mtim.tv_sec)
        #endif
        return FileContents(bytes: bytes, modified: modified)
    }

    /// The names in one sub-folder and an open descriptor to it; closes it when dropped.
    private final class FolderListing: Sequence {
        let descriptor: Int32
        let names: [String]

        init(descriptor: Int32, names: [String]) {
            self.descriptor = descriptor
            self.names = names
        }

        deinit { close(descriptor) }

        func makeIterator() -> IndexingIterator<[String]> { names.makeIterator() }
    }
}
