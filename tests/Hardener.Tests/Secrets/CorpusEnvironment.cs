using System.Text.RegularExpressions;
using Hardener.Tests.Support;

namespace Hardener.Tests.Secrets;

/// <summary>One environment entry read from a compose file by line matching, without a YAML parser.</summary>
internal sealed record CorpusEnvironmentEntry(string Template, int Line, string Key, string Value);

/// <summary>Locates the shared corpus of real Dokploy templates and reads environment entries from it.</summary>
internal static partial class CorpusEnvironment
{
    /// <summary>Returns the corpus folder ($HARDENER_CORPUS, or ../shared/corpus beside the checkout), or null when it is absent.</summary>
    public static string? FindCorpus() => Directory.Exists(RepositoryPaths.Corpus) ? RepositoryPaths.Corpus : null;

    /// <summary>
    /// Reads <c>KEY: value</c> and <c>- KEY=value</c> lines under each <c>environment:</c> block, judged by indentation.
    /// Surrounding quotes are removed and unquoted trailing comments dropped. Multi-line scalars are not joined.
    /// </summary>
    public static IEnumerable<CorpusEnvironmentEntry> ReadEntries(string corpus)
    {
        foreach (var file in Directory.GetFiles(corpus, "docker-compose.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var template = Path.GetFileName(Path.GetDirectoryName(file)!);
            var lines = File.ReadAllLines(file);
            var blockIndent = -1;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
                {
                    continue;
                }

                var indent = line.Length - line.TrimStart().Length;
                if (blockIndent >= 0 && indent <= blockIndent)
                {
                    blockIndent = -1;
                }

                var header = EnvironmentHeader().Match(line);
                if (header.Success)
                {
                    blockIndent = header.Groups["indent"].Length;
                    continue;
                }

                var entry = blockIndent < 0 ? Match.Empty : EntryPattern().Match(line);
                if (entry.Success)
                {
                    yield return new CorpusEnvironmentEntry(template, i + 1, entry.Groups["key"].Value, Unquote(entry.Groups["value"].Value));
                }
            }
        }
    }

    private static string Unquote(string raw)
    {
        var value = raw.Trim();
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            return value[1..^1];
        }

        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return comment >= 0 ? value[..comment].TrimEnd() : value;
    }

    [GeneratedRegex(@"^(?<indent>\s*)environment:\s*$")]
    private static partial Regex EnvironmentHeader();

    [GeneratedRegex(@"^\s*(?:-\s*[""']?(?<key>[A-Za-z_][A-Za-z0-9_.-]*)=(?<value>.*?)[""']?|(?<key>[A-Za-z_][A-Za-z0-9_.-]*):(?:\s+(?<value>.*))?)\s*$")]
    private static partial Regex EntryPattern();
}
