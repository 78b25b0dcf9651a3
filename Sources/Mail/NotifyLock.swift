import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `.circles/notify.lock`, held (flock) while a run queues and sends: so `circles notify` and
/// the loop in `circles serve` never send the same message at once. The kernel releases it
/// when the process ends, however it ends, so a killed run never leaves a stale lock.
final class NotifyLock {
    private let descriptor: Int32

    init(path: String) throws(MailError) {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .file(path: path, reason: String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw .busy(lockFile: path)
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
