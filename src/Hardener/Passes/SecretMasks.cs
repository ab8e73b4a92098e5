using System.Text;
using Hardener.Engine;

namespace Hardener.Passes;

/// <summary>
/// Masks secrets where they are written, by position, before a diff is made. Masking by position, and
/// not every occurrence of the characters, keeps a short secret from being read back out of the words
/// around it (a password "us" masked inside "uses").
/// </summary>
public sealed class SecretMasks(IReadOnlyList<SecretLocation> original, IReadOnlyList<SecretLocation> updated)
{
    public static readonly SecretMasks None = new([], []);

    /// <summary>Returns the file as read, with its secrets masked.</summary>
    public string MaskOriginal(TemplateFileKind file, string text) => Mask(text, original.Where(location => location.File == file));

    /// <summary>Returns the file as the passes left it, with the secrets still in it masked.</summary>
    public string MaskUpdated(TemplateFileKind file, string text) => Mask(text, updated.Where(location => location.File == file));

    private static string Mask(string text, IEnumerable<SecretLocation> locations)
    {
        var sorted = locations.Where(location => location.Span.End <= text.Length).OrderBy(location => location.Span.Start).ToList();
        if (sorted.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var location in sorted)
        {
            // Overlapping locations (a URL password inside a value masked whole) are masked once.
            var start = Math.Max(location.Span.Start, position);
            if (start >= location.Span.End)
            {
                continue;
            }

            builder.Append(text, position, start - position);
            AppendMask(builder, text.AsSpan(start, location.Span.End - start), location.ValueLength);
            position = location.Span.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    /// <summary>Replaces each line's characters with a mask, keeping line breaks and indentation so the diff keeps its lines.</summary>
    private static void AppendMask(StringBuilder builder, ReadOnlySpan<char> written, int valueLength)
    {
        var first = true;
        foreach (var line in written.ToString().Split('\n'))
        {
            if (!first)
            {
                builder.Append('\n');
            }

            var content = line.TrimEnd('\r');
            var indentation = content.Length - content.TrimStart().Length;
            builder.Append(content, 0, indentation);
            if (content.Length > indentation)
            {
                builder.Append(first ? SecretRegistry.MaskOfLength(valueLength) : "****");
            }

            builder.Append(line, content.Length, line.Length - content.Length);
            first = false;
        }
    }
}
