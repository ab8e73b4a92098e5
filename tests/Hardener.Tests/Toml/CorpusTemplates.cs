namespace Hardener.Tests.Toml;

/// <summary>Finds the shared corpus of real Dokploy templates next to the repository, when it is there.</summary>
internal static class CorpusTemplates
{
    /// <summary>Returns every <c>template.toml</c> of the corpus, or skips the test when the corpus is absent.</summary>
    public static string[] FindOrSkip()
    {
        var root = FindRepositoryRoot();
        Assert.SkipWhen(root is null, "Repository root (Hardener.sln) not found above the test binaries.");

        var corpus = Path.GetFullPath(Path.Combine(root!, "..", "shared", "corpus"));
        Assert.SkipUnless(Directory.Exists(corpus), $"Template corpus not found at {corpus}.");

        var files = Directory.GetFiles(corpus, "template.toml", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>Reads a file as UTF-8 without the byte order mark, as the tool's caller does.</summary>
    public static string ReadText(string path) => File.ReadAllText(path).TrimStart('\uFEFF');

    private static string? FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hardener.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
