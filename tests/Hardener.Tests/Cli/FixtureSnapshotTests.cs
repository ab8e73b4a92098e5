using Hardener.Tests.Support;

namespace Hardener.Tests.Cli;

/// <summary>Each fixture's dry run (diffs, findings, summary and exit code) is a verified snapshot.</summary>
public sealed class FixtureSnapshotTests
{
    public static TheoryData<string> Fixtures => new(
        Directory.GetDirectories(RepositoryPaths.Fixtures).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void DryRunMatchesSnapshot(string fixture)
    {
        var run = CliRun.Invoke(RepositoryPaths.Fixtures, "--dry-run", fixture);

        var snapshot = $"exit code: {run.ExitCode}\n--- stdout ---\n{run.Output}--- stderr ---\n{run.Error}";
        Snapshot.Verify(snapshot, fixture);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void WriteThenCheckChangesNothingMore(string fixture)
    {
        using var temporary = new TemporaryFolder();
        var copy = temporary.CopyFrom(Path.Combine(RepositoryPaths.Fixtures, fixture));

        var write = CliRun.Invoke(temporary.Path, "--write", copy);
        var check = CliRun.Invoke(temporary.Path, "--check", copy);

        Assert.Equal(write.ExitCode == 2 ? 2 : 0, check.ExitCode);
        Assert.Equal("", check.Output);
    }
}
