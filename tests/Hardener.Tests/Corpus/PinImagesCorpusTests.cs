using System.Diagnostics;
using System.Text;
using Hardener.Syntax.Yaml;
using Hardener.Tests.Support;

namespace Hardener.Tests.Corpus;

/// <summary>Runs harden over a copy of every corpus template and checks that it touched image lines only.</summary>
public sealed class PinImagesCorpusTests
{
    private static readonly TimeSpan MaxSweepTime = TimeSpan.FromSeconds(30);

    [Fact]
    public void Write_Corpus_ChangesOnlyImageLines()
    {
        RepositoryPaths.CorpusTemplatesOrSkip();
        using var temporary = new TemporaryFolder();
        var copy = temporary.CopyFrom(RepositoryPaths.Corpus, "corpus");
        var timer = Stopwatch.StartNew();

        var write = CliRun.Invoke(temporary.Path, "--write", "--only", "pin-images", copy);
        var check = CliRun.Invoke(temporary.Path, "--check", "--only", "pin-images", copy);

        timer.Stop();
        Assert.True(write.ExitCode == 0, $"--write exited with {write.ExitCode}:\n{ErrorLines(write.Error)}");
        Assert.Equal(0, check.ExitCode);
        Assert.Equal("", check.Output);
        Assert.True(timer.Elapsed < MaxSweepTime, $"the sweep took {timer.Elapsed}");

        var failures = new List<string>();
        var changedComposeFiles = 0;
        foreach (var original in Directory.EnumerateFiles(RepositoryPaths.Corpus, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Corpus, original);
            var before = File.ReadAllBytes(original);
            var after = File.ReadAllBytes(Path.Combine(copy, relative));
            if (before.AsSpan().SequenceEqual(after))
            {
                continue;
            }

            if (Path.GetFileName(original) != "docker-compose.yml")
            {
                failures.Add($"{relative}: changed, but only compose files may change");
                continue;
            }

            changedComposeFiles++;
            failures.AddRange(CompareLines(relative, before, after));
            var text = Encoding.UTF8.GetString(after).TrimStart('\uFEFF');
            failures.AddRange(YamlSyntaxParser.Parse(text, relative).Diagnostics.Select(diagnostic => $"{relative}: no longer parses: {diagnostic}"));
        }

        Assert.Empty(failures);
        Assert.True(changedComposeFiles > 0, "no compose file changed, so the sweep tested nothing");
        Assert.Empty(Directory.EnumerateFiles(copy, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void DryRun_Corpus_IsDeterministic()
    {
        RepositoryPaths.CorpusTemplatesOrSkip();
        using var temporary = new TemporaryFolder();
        var copy = temporary.CopyFrom(RepositoryPaths.Corpus, "corpus");

        var first = CliRun.Invoke(temporary.Path, "--dry-run", copy);
        var second = CliRun.Invoke(temporary.Path, "--dry-run", copy);

        Assert.Equal(0, first.ExitCode);
        Assert.NotEqual("", first.Output);
        Assert.Equal(first.Output, second.Output);
        Assert.Equal(first.Error, second.Error);
    }

    /// <summary>Lists every line pair that differs where the original line is not an image line.</summary>
    private static IEnumerable<string> CompareLines(string relative, byte[] before, byte[] after)
    {
        // Encoding.GetString keeps a byte order mark as U+FEFF, so a lost or added mark shows on line 1.
        var beforeLines = Encoding.UTF8.GetString(before).Split('\n');
        var afterLines = Encoding.UTF8.GetString(after).Split('\n');
        if (beforeLines.Length != afterLines.Length)
        {
            yield return $"{relative}: {beforeLines.Length} lines became {afterLines.Length}";
            yield break;
        }

        for (var index = 0; index < beforeLines.Length; index++)
        {
            if (beforeLines[index] != afterLines[index] && !IsImageLine(beforeLines[index]))
            {
                yield return $"{relative}({index + 1}): a line that is not an image line changed: '{beforeLines[index]}' -> '{afterLines[index]}'";
            }
        }
    }

    private static bool IsImageLine(string line) => line.TrimStart(' ', '-', '\uFEFF').StartsWith("image:", StringComparison.Ordinal);

    private static string ErrorLines(string error) =>
        string.Join("\n", error.Split('\n').Where(line => line.Contains(": error ", StringComparison.Ordinal)).Take(20));
}
