namespace Hardener.Tests.Support;

/// <summary>Locates the repository and the shared corpus from the test binary's folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "fixtures");

    /// <summary>Names a corpus folder elsewhere than beside the checkout.</summary>
    public const string CorpusVariable = "HARDENER_CORPUS";

    /// <summary>The real templates: $HARDENER_CORPUS when set, else ../shared/corpus beside the checkout, which a plain clone does not have.</summary>
    public static string Corpus => Environment.GetEnvironmentVariable(CorpusVariable) is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    /// <summary>Returns the corpus template folders, or skips the calling test when the corpus is absent.</summary>
    public static IReadOnlyList<string> CorpusTemplatesOrSkip()
    {
        if (!Directory.Exists(Corpus))
        {
            Assert.Skip($"The corpus folder {Corpus} is absent; put the corpus at ../shared/corpus beside the checkout or set {CorpusVariable}.");
        }

        return Directory.GetDirectories(Corpus).Where(folder => File.Exists(Path.Combine(folder, "docker-compose.yml"))).Order(StringComparer.Ordinal).ToList();
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Hardener.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException($"No Hardener.sln above {AppContext.BaseDirectory}.");
    }
}
