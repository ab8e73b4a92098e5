using Hardener.Compose;

namespace Hardener.Passes.PinImages;

/// <summary>
/// Looks up a tag for a floating image, in order: the user's pins file, the built-in catalog, then
/// the tag most templates of the same run pin. Nothing is ever guessed.
/// </summary>
internal sealed class PinSources(PassOptions options, ImageCatalog catalog)
{
    private const int NamesShown = 3;

    public PinSuggestion? Find(ImageReference image, string templateName)
    {
        var repository = image.Repository;
        if (options.Pins.TryGetValue(repository, out var pinned))
        {
            return new PinSuggestion(pinned, "the pins file");
        }

        if (catalog.Find(repository) is { } entry)
        {
            return new PinSuggestion(entry.Tag, $"the built-in catalog of {catalog.Generated} (pinned by {DescribeTemplates(entry.PinnedBy)})");
        }

        if (options.BatchTags.FindMostPinned(repository, templateName) is { } batch)
        {
            return new PinSuggestion(batch.Tag, $"this run (pinned by {DescribeTemplates(batch.Templates)})");
        }

        return null;
    }

    private static string DescribeTemplates(IReadOnlyList<string> names)
    {
        var shown = string.Join(", ", names.Take(NamesShown));
        return names.Count <= NamesShown ? shown : $"{shown} and {names.Count - NamesShown} more";
    }
}
