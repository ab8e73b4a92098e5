namespace Hardener.Passes.PinImages;

/// <summary>A catalog tag for one repository, with the templates that pin it.</summary>
public sealed record CatalogEntry(string Tag, IReadOnlyList<string> PinnedBy);
