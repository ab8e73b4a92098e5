using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace Hardener.Presentation;

/// <summary>
/// Renders the change to one file as a unified diff that <c>git apply</c> and <c>patch</c> accept,
/// optionally coloured for a terminal. The caller masks secrets in both texts first. Lines keep their own endings
/// (a CRLF file shows CRLF lines) and a last line without a newline is marked as git marks it.
/// </summary>
public static class UnifiedDiffRenderer
{
    private const int ContextLines = 3;
    private const string NoNewlineMarker = "\\ No newline at end of file\n";

    /// <param name="displayPath">The path shown in the headers, relative to where the user runs the tool.</param>
    /// <param name="before">The file as read; null when the change creates it.</param>
    public static string Render(string displayPath, string? before, string after, bool color)
    {
        var diff = Differ.Instance.CreateDiffs(before ?? "", after, ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        if (diff.DiffBlocks.Count == 0)
        {
            return "";
        }

        var hunks = new StringBuilder();
        foreach (var hunk in GroupIntoHunks(diff.DiffBlocks, diff.PiecesOld.Count, diff.PiecesNew.Count))
        {
            AppendHunk(hunks, hunk, diff.PiecesOld, diff.PiecesNew);
        }

        var header = (before is null ? "--- /dev/null\n" : $"--- a/{displayPath}\n") + $"+++ b/{displayPath}\n";
        var text = header + hunks;
        return color ? DiffColors.Apply(text) : text;
    }

    private static List<List<DiffBlock>> GroupIntoHunks(IList<DiffBlock> blocks, int oldCount, int newCount)
    {
        var hunks = new List<List<DiffBlock>>();
        foreach (var block in blocks)
        {
            var previous = hunks.Count > 0 ? hunks[^1][^1] : null;
            var gap = previous is null ? int.MaxValue : block.DeleteStartA - (previous.DeleteStartA + previous.DeleteCountA);
            if (gap <= 2 * ContextLines)
            {
                hunks[^1].Add(block);
            }
            else
            {
                hunks.Add([block]);
            }
        }

        return hunks;
    }

    private static void AppendHunk(StringBuilder builder, List<DiffBlock> hunk, IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines)
    {
        var first = hunk[0];
        var last = hunk[^1];
        var oldStart = Math.Max(0, first.DeleteStartA - ContextLines);
        var oldEnd = Math.Min(oldLines.Count, last.DeleteStartA + last.DeleteCountA + ContextLines);
        var newStart = first.InsertStartB - (first.DeleteStartA - oldStart);
        var newEnd = last.InsertStartB + last.InsertCountB + (oldEnd - (last.DeleteStartA + last.DeleteCountA));
        builder.Append($"@@ -{Range(oldStart, oldEnd - oldStart)} +{Range(newStart, newEnd - newStart)} @@\n");

        var oldIndex = oldStart;
        foreach (var block in hunk)
        {
            for (; oldIndex < block.DeleteStartA; oldIndex++)
            {
                AppendLine(builder, ' ', oldLines[oldIndex]);
            }

            for (var index = block.DeleteStartA; index < block.DeleteStartA + block.DeleteCountA; index++)
            {
                AppendLine(builder, '-', oldLines[index]);
            }

            for (var index = block.InsertStartB; index < block.InsertStartB + block.InsertCountB; index++)
            {
                AppendLine(builder, '+', newLines[index]);
            }

            oldIndex = block.DeleteStartA + block.DeleteCountA;
        }

        for (; oldIndex < oldEnd; oldIndex++)
        {
            AppendLine(builder, ' ', oldLines[oldIndex]);
        }
    }

    private static void AppendLine(StringBuilder builder, char prefix, string line)
    {
        builder.Append(prefix).Append(line);
        if (!line.EndsWith('\n'))
        {
            builder.Append('\n').Append(NoNewlineMarker);
        }
    }

    /// <summary>Formats a hunk range as unified diffs do: 1-based start, and a count unless it is 1.</summary>
    private static string Range(int start, int count) => count switch
    {
        0 => $"{start},0",
        1 => $"{start + 1}",
        _ => $"{start + 1},{count}",
    };
}
