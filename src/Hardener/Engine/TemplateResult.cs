using Hardener.Diagnostics;
using Hardener.Passes;

namespace Hardener.Engine;

/// <summary>What processing one template produced: both files before and after, and every finding.</summary>
public sealed record TemplateResult(
    TemplateFolder Template,
    SourceFile? OriginalCompose,
    SourceFile? UpdatedCompose,
    SourceFile? OriginalToml,
    SourceFile? UpdatedToml,
    IReadOnlyList<Finding> Findings,
    SecretRegistry Secrets)
{
    /// <summary>Where secrets are written in the files before and after, so diffs can mask them.</summary>
    public SecretMasks Masks { get; init; } = SecretMasks.None;

    /// <summary>Tells whether the template could not be read or parsed, so nothing may be written.</summary>
    public bool Failed => UpdatedCompose is null;

    public bool ComposeChanged => OriginalCompose is not null && UpdatedCompose is not null && OriginalCompose.Text != UpdatedCompose.Text;

    /// <summary>Tells whether template.toml changes, including when it is created.</summary>
    public bool TomlChanged => UpdatedToml is not null && OriginalToml?.Text != UpdatedToml.Text;

    public bool HasChanges => !Failed && (ComposeChanged || TomlChanged);
}
