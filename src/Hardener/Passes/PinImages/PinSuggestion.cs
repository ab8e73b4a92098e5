namespace Hardener.Passes.PinImages;

/// <summary>A tag to pin and where it came from, in words for the finding.</summary>
internal sealed record PinSuggestion(string Tag, string Source);
