using Hardener.Tests.Support;

namespace Hardener.Tests.Toml;

/// <summary>Finds the shared corpus of real Dokploy templates next to the repository, when it is there.</summary>
internal static class CorpusTemplates
{
    /// <summary>Returns every <c>template.toml</c> of the corpus, or skips the test when the corpus is absent.</summary>
    public static string[] FindOrSkip()
    {
        var files = RepositoryPaths.CorpusTemplatesOrSkip()
            .Select(folder => Path.Combine(folder, "template.toml"))
            .Where(File.Exists)
            .ToArray();
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>Reads a file as UTF-8 without the byte order mark, as the tool's caller does.</summary>
    public static string ReadText(string path) => File.ReadAllText(path).TrimStart('\uFEFF');
}
