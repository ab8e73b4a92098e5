using System.Diagnostics;
using Hardener.Tests.Support;

namespace Hardener.Tests.Cli;

/// <summary>
/// The dry-run diff is a real patch: git apply turns the files into exactly what --write makes. That
/// is true for templates without secrets; where a diff line contains a secret, the line is masked and
/// the diff is for review only.
/// </summary>
public sealed class DiffApplyTests
{
    [Theory]
    [InlineData("anchored-workers")]
    [InlineData("crlf-bom-no-final-newline")]
    [InlineData("interpolated-images")]
    public void DryRunDiffAppliesLikeWrite(string fixture)
    {
        using var temporary = new TemporaryFolder();
        var source = Path.Combine(RepositoryPaths.Fixtures, fixture);
        var patched = temporary.CopyFrom(source, "patched");
        var written = temporary.CopyFrom(source, "written");

        var dryRun = CliRun.Invoke(patched, "--dry-run", ".");
        var patchPath = Path.Combine(temporary.Path, "changes.diff");
        File.WriteAllText(patchPath, dryRun.Output);
        RunGitApply(patched, patchPath);
        CliRun.Invoke(written, "--write", ".");

        Assert.NotEqual("", dryRun.Output);
        foreach (var file in Directory.GetFiles(written, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(written, file);
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(patched, relative)));
        }
    }

    [Fact]
    public void SkippedSecretsPassStillMasksDiff()
    {
        using var temporary = new TemporaryFolder();
        var copy = temporary.CopyFrom(Path.Combine(RepositoryPaths.Fixtures, "blog-mysql"));

        var run = CliRun.Invoke(temporary.Path, "--dry-run", "--skip", "secrets", copy);

        // The pin-images hunk shows the database's environment as context.
        Assert.Contains("mysql:8.0", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-root-pass", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-root-pass", run.Error, StringComparison.Ordinal);
        Assert.Contains("MYSQL_ROOT_PASSWORD: ****(16)", run.Output, StringComparison.Ordinal);
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
