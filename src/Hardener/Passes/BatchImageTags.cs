namespace Hardener.Passes;

/// <summary>
/// The tags that the templates of one run pin for each image repository, so that a floating image
/// in one template can take the tag most of the others agree on.
/// </summary>
public sealed class BatchImageTags
{
    public static readonly BatchImageTags Empty = new();

    // repository -> tag -> names of the templates that pin it
    private readonly Dictionary<string, Dictionary<string, HashSet<string>>> _tags = new(StringComparer.Ordinal);

    public IEnumerable<string> Repositories => _tags.Keys;

    public void Add(string repository, string tag, string templateName)
    {
        if (!_tags.TryGetValue(repository, out var byTag))
        {
            byTag = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            _tags[repository] = byTag;
        }

        if (!byTag.TryGetValue(tag, out var templates))
        {
            templates = new HashSet<string>(StringComparer.Ordinal);
            byTag[tag] = templates;
        }

        templates.Add(templateName);
    }

    /// <summary>
    /// Returns the tag pinned by the most templates other than the given one, ties going to the
    /// higher version, with the names of those templates; null when no other template pins one.
    /// </summary>
    public (string Tag, IReadOnlyList<string> Templates)? FindMostPinned(string repository, string excludedTemplate)
    {
        if (!_tags.TryGetValue(repository, out var byTag))
        {
            return null;
        }

        var candidates = byTag
            .Select(pair => (Tag: pair.Key, Templates: pair.Value.Where(name => name != excludedTemplate).Order(StringComparer.Ordinal).ToList()))
            .Where(candidate => candidate.Templates.Count > 0)
            .OrderByDescending(candidate => candidate.Templates.Count)
            .ThenByDescending(candidate => candidate.Tag, TagVersionComparer.Instance)
            .ToList();
        return candidates.Count == 0 ? null : (candidates[0].Tag, candidates[0].Templates);
    }
}
