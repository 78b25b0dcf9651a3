import ArgumentParser

/// `--time-limit`, the same for every command that plans (`plan`, `explain`).
struct TimeLimitOption: ParsableArguments {
    @Option(name: .customLong("time-limit"), help: "Stop searching after this many seconds in any case.")
    var seconds: Double = 60
}
