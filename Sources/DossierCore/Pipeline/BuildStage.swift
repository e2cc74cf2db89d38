/// The named stages of a build, in order, as a progress display or `--verbose` timings show them.
public enum BuildStage: String, Sendable, CaseIterable {
    case loading, cleaning, linking, rendering, checking, writing
}
