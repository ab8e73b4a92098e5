using System.Text;
using DiffPlex.Renderer;
using Hardener.Passes;

namespace Hardener.Presentation;

/// <summary>
/// Renders the change to one file as a unified diff that <c>git apply</c> and <c>patch</c> accept,
/// with every known secret masked, optionally coloured for a terminal.
/// </summary>
public static class UnifiedDiffRenderer
{
    private const string Red = "\u001b[31m";
    private const string Green = "\u001b[32m";
    private const string Cyan = "\u001b[36m";
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    /// <param name="displayPath">The path shown in the headers, relative to where the user runs the tool.</param>
    /// <param name="before">The file as read; null when the change creates it.</param>
    public static string Render(string displayPath, string? before, string after, SecretRegistry secrets, bool color)
    {
        var body = UnidiffRenderer.GenerateUnidiff(before ?? "", after, contextLines: 3);
        if (body.Length == 0)
        {
            return "";
        }

        var header = new StringBuilder();
        header.Append(before is null ? "--- /dev/null\n" : $"--- a/{displayPath}\n");
        header.Append($"+++ b/{displayPath}\n");
        var text = header + secrets.MaskIn(Normalize(body));
        return color ? Colorize(text) : text;
    }

    /// <summary>Keeps the renderer's headers out, since the caller writes its own with real paths.</summary>
    private static string Normalize(string unidiff)
    {
        var lines = unidiff.Split('\n').SkipWhile(line => line.StartsWith("--- ", StringComparison.Ordinal) || line.StartsWith("+++ ", StringComparison.Ordinal));
        var joined = string.Join('\n', lines);
        return joined.EndsWith('\n') ? joined : joined + "\n";
    }

    private static string Colorize(string diff)
    {
        var builder = new StringBuilder();
        foreach (var line in diff.Split('\n'))
        {
            var color = line switch
            {
                _ when line.StartsWith("---", StringComparison.Ordinal) || line.StartsWith("+++", StringComparison.Ordinal) => Bold,
                _ when line.StartsWith("@@", StringComparison.Ordinal) => Cyan,
                _ when line.StartsWith('-') => Red,
                _ when line.StartsWith('+') => Green,
                _ => null,
            };
            builder.Append(color is null || line.Length == 0 ? line : color + line + Reset).Append('\n');
        }

        return builder.ToString(0, builder.Length - 1);
    }
}
