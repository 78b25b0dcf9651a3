import Foundation
import Planner

/// The `plan` progress line (score, placed, elapsed), shown only on a terminal:
/// piped output stays clean.
final class ProgressLine: Sendable {
    let isEnabled = isatty(STDERR_FILENO) == 1

    func show(_ progress: PlanProgress) {
        let text = String(
            format: "\rplanning: hard %d, soft %d, %d circles placed, %d not yet, %.1f s   ",
            progress.hard,
            progress.soft,
            progress.placedCircles,
            progress.unplacedCircles,
            progress.elapsed
        )
        FileHandle.standardError.write(Data(text.utf8))
    }

    func finish() {
        if isEnabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
