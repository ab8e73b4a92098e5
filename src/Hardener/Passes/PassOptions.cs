namespace Hardener.Passes;

/// <summary>Settings that the command line passes to every pass.</summary>
public sealed record PassOptions
{
    /// <summary>Tags from the user's pins file, by normalized image repository.</summary>
    public IReadOnlyDictionary<string, string> Pins { get; init; } = new Dictionary<string, string>();

    /// <summary>Tags pinned by the templates of one run, by normalized image repository and template.</summary>
    public BatchImageTags BatchTags { get; init; } = BatchImageTags.Empty;

    /// <summary>Lets a pass write a minimal template.toml when the template has none.</summary>
    public bool CreateTemplateToml { get; init; }
}
