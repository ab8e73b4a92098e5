using Hardener.Tests.Support;

namespace Hardener.Tests.Cli;

/// <summary>One broken template.toml prints a few errors and a count, not one line per follow-on error.</summary>
public sealed class TomlErrorLimitTests
{
    [Fact]
    public void ManyTomlErrorsAreSummarized()
    {
        using var temporary = new TemporaryFolder();
        var folder = Path.Combine(temporary.Path, "app");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "docker-compose.yml"), "services:\n  web:\n    image: nginx:1.27\n");
        var brokenLines = string.Concat(Enumerable.Range(1, 12).Select(index => $"KEY_{index} = \"a\\qb\"\n"));
        File.WriteAllText(Path.Combine(folder, "template.toml"), "[config.env]\n" + brokenLines);

        var run = CliRun.Invoke(temporary.Path, "--dry-run", "app");

        var tomlLines = run.Error.Split('\n').Where(line => line.Contains("toml-syntax", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, tomlLines.Count);
        Assert.Contains("more TOML errors follow from here", tomlLines[^1], StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
    }
}
