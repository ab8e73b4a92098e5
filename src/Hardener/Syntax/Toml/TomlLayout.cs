namespace Hardener.Syntax.Toml;

/// <summary>Line-level facts about a source text, used to place inserted lines.</summary>
internal static class TomlLayout
{
    /// <summary>Returns "\r\n" when the first line ends with it, otherwise "\n".</summary>
    public static string DetectNewLine(string text)
    {
        var index = text.IndexOf('\n');
        return index > 0 && text[index - 1] == '\r' ? "\r\n" : "\n";
    }

    /// <summary>Tells whether the text ends in the middle of a line, so an insertion at its end needs a line break first.</summary>
    public static bool EndsWithoutNewLine(string text) => text.Length > 0 && text[^1] != '\n';

    /// <summary>Returns the offset where the line that contains the offset starts.</summary>
    public static int GetLineStart(string text, int offset)
    {
        if (offset <= 0)
        {
            return 0;
        }

        return text.LastIndexOf('\n', offset - 1) + 1;
    }

    /// <summary>Returns the offset of the line break (or text end) that ends the line containing the offset.</summary>
    public static int GetLineEnd(string text, int offset)
    {
        var index = text.IndexOf('\n', offset);
        return index < 0 ? text.Length : index;
    }

    /// <summary>Tells whether the line starting at a line-start offset contains only whitespace. At the text end it returns false.</summary>
    public static bool IsBlankLineAt(string text, int lineStart)
    {
        if (lineStart >= text.Length)
        {
            return false;
        }

        return string.IsNullOrWhiteSpace(text[lineStart..GetLineEnd(text, lineStart)]);
    }

    /// <summary>
    /// Tells whether the line before an insertion point has content. The insertion point is a
    /// line start, or the text end of a text without a final line break, where the last line counts.
    /// </summary>
    public static bool HasContentBefore(string text, int offset)
    {
        if (offset == 0)
        {
            return false;
        }

        var lineEnd = offset == text.Length && EndsWithoutNewLine(text) ? offset : offset - 1;
        var lineStart = GetLineStart(text, lineEnd);
        return !string.IsNullOrWhiteSpace(text[lineStart..lineEnd]);
    }

    /// <summary>Returns the spaces and tabs that start the line containing the offset.</summary>
    public static string GetIndentation(string text, int offset)
    {
        var lineStart = GetLineStart(text, offset);
        var end = lineStart;
        while (end < text.Length && (text[end] == ' ' || text[end] == '\t'))
        {
            end++;
        }

        return text[lineStart..end];
    }

    /// <summary>
    /// Returns the start of the comment lines directly above a line, with no blank line between,
    /// because a person reads them as part of that line. Without such comments it returns the line start.
    /// </summary>
    public static int GetAttachedCommentsStart(string text, int lineStart)
    {
        var start = lineStart;
        while (start > 0)
        {
            var previousStart = GetLineStart(text, start - 1);
            var previous = text[previousStart..(start - 1)].Trim();
            if (!previous.StartsWith('#'))
            {
                break;
            }

            start = previousStart;
        }

        return start;
    }
}
