using Hardener.Tests.Support;

namespace Hardener.Tests.Cli;

/// <summary>The docs page of the passes is the output of --list-passes, so it cannot drift from the code.</summary>
public sealed class PassCatalogTests
{
    [Fact]
    public void DocsPageMatchesListPasses()
    {
        var run = CliRun.Invoke(RepositoryPaths.Root, "--list-passes");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("## `pin-images`", run.Output, StringComparison.Ordinal);
        Assert.Contains("## `secrets`", run.Output, StringComparison.Ordinal);
        Snapshot.VerifyFile(run.Output, Path.Combine(RepositoryPaths.Root, "docs", "passes.md"));
    }
}
