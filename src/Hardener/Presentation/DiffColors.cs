using System.Text;

namespace Hardener.Presentation;

/// <summary>Colours a unified diff with ANSI escapes the way git does on a terminal.</summary>
internal static class DiffColors
{
    private const string Red = "\u001b[31m";
    private const string Green = "\u001b[32m";
    private const string Cyan = "\u001b[36m";
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    public static string Apply(string diff)
    {
        var builder = new StringBuilder(diff.Length + 256);
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

            // A CR stays outside the colour codes, so CRLF lines keep their ending.
            var body = line.TrimEnd('\r');
            var carriageReturn = line.Length > body.Length ? "\r" : "";
            builder.Append(color is null || body.Length == 0 ? line : color + body + Reset + carriageReturn).Append('\n');
        }

        return builder.ToString(0, builder.Length - 1);
    }
}
