namespace Hardener.Cli;

/// <summary>The parsed command line.</summary>
internal sealed record RunSettings(
    IReadOnlyList<string> Paths,
    OutputMode Mode,
    IReadOnlyList<string> Only,
    IReadOnlyList<string> Skip,
    string? PinsPath,
    string Format,
    bool CreateTemplateToml,
    string BaseDirectory,
    bool Color);
