using System.Diagnostics;
using Hardener.Tests.Support;

namespace Hardener.Tests.Cli;

/// <summary>
/// The dry-run diff is a real patch: git apply turns the files into exactly what --write makes.
/// The secrets pass is skipped, because its diffs mask the removed secret values, which a patch needs.
/// </summary>
public sealed class DiffApplyTests
{
    [Fact]
    public void DryRunDiffAppliesLikeWrite()
    {
        using var temporary = new TemporaryFolder();
        var patched = temporary.CopyFrom(RepositoryPaths.Fixtures, "patched");
        var written = temporary.CopyFrom(RepositoryPaths.Fixtures, "written");

        var dryRun = CliRun.Invoke(patched, "--dry-run", "--skip", "secrets", ".");
        var patchPath = Path.Combine(temporary.Path, "changes.diff");
        File.WriteAllText(patchPath, dryRun.Output);
        RunGitApply(patched, patchPath);
        CliRun.Invoke(written, "--write", "--skip", "secrets", ".");

        Assert.NotEqual("", dryRun.Output);
        foreach (var file in Directory.GetFiles(written, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(written, file);
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(patched, relative)));
        }
    }

    private static void RunGitApply(string directory, string patchPath)
    {
        var start = new ProcessStartInfo("git", ["apply", "-p1", "--unsafe-paths", patchPath])
        {
            WorkingDirectory = directory,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git apply failed: {error}");
    }
}
