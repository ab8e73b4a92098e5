using Hardener.Diagnostics;

namespace Hardener.Engine;

/// <summary>
/// Expands command-line paths into templates: a template folder, a compose file, or a folder whose
/// subfolders are templates. Paths that are none of these become error findings.
/// </summary>
public static class TemplateDiscovery
{
    public const string PathErrorId = "path";

    public static IReadOnlyList<TemplateFolder> Discover(IEnumerable<string> paths, List<Finding> errors)
    {
        var templates = new List<TemplateFolder>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var template in DiscoverOne(Path.GetFullPath(path), errors))
            {
                if (seen.Add(template.ComposePath))
                {
                    templates.Add(template);
                }
            }
        }

        return templates;
    }

    private static IEnumerable<TemplateFolder> DiscoverOne(string path, List<Finding> errors)
    {
        if (File.Exists(path) && Path.GetFileName(path) == TemplateFolder.TomlFileName)
        {
            // A template.toml names its template, the way its folder does.
            return DiscoverOne(Path.GetDirectoryName(path)!, errors);
        }

        if (File.Exists(path))
        {
            var directory = Path.GetDirectoryName(path)!;
            return [new TemplateFolder(directory, path, Path.Combine(directory, TemplateFolder.TomlFileName))];
        }

        if (!Directory.Exists(path))
        {
            errors.Add(Error(path, "path not found; pass a template folder, a compose file, or a folder of templates"));
            return [];
        }

        if (TemplateFolder.TryOpen(path) is { } single)
        {
            return [single];
        }

        var children = Directory.EnumerateDirectories(path)
            .Where(child => !IsSymbolicLink(child))
            .Order(StringComparer.Ordinal)
            .Select(TemplateFolder.TryOpen)
            .OfType<TemplateFolder>()
            .ToList();
        if (children.Count == 0)
        {
            errors.Add(Error(path, "no compose file here or in its subfolders (looked for " + string.Join(", ", TemplateFolder.ComposeFileNames) + ")"));
        }

        return children;
    }

    private static bool IsSymbolicLink(string path) => new DirectoryInfo(path).LinkTarget is not null;

    private static Finding Error(string path, string message) =>
        new(PathErrorId, Severity.Error, path, Finding.NoPosition, message, Fixable: false);
}
