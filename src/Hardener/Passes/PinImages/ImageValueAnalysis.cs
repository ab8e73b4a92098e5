using Hardener.Text;

namespace Hardener.Passes.PinImages;

/// <summary>
/// The repository and tag of an <c>image:</c> value once interpolation is taken into account.
/// Spans and offsets index into the value string.
/// </summary>
/// <param name="Repository">The repository as Compose would pull it with every default applied; null when a variable without a default names it.</param>
/// <param name="Tag">The tag, or its default when a variable supplies it; null when there is none.</param>
/// <param name="TagSpan">Where the tag's text sits, for a replacement.</param>
/// <param name="TagInsertOffset">Where <c>:tag</c> goes when the value has no tag.</param>
/// <param name="HasDigest">True when the image is pinned by <c>@sha256:…</c>.</param>
/// <param name="TagVariable">The variable that supplies the tag without a default, so the value cannot be checked here.</param>
/// <param name="ImageVariable">The variable that supplies the whole image without a default.</param>
internal sealed record ImageValueAnalysis(
    string? Repository,
    string? Tag,
    TextSpan? TagSpan,
    int TagInsertOffset,
    bool HasDigest,
    string? TagVariable,
    string? ImageVariable)
{
    /// <summary>False when the value, with defaults applied, is no image reference Docker accepts.</summary>
    public bool IsValid { get; init; } = true;

    public bool IsFloating => IsValid && !HasDigest && TagVariable is null && ImageVariable is null && (Tag is null || Tag == "latest");
}
