using Hardener.Text;

namespace Hardener.Syntax.Toml;

/// <summary>Builds insertions of whole lines that keep the file's line ending and its blank-line separation.</summary>
internal static class TomlInsertions
{
    /// <summary>
    /// Inserts lines at a line start. At the end of a text without a final line break, the
    /// lines get a leading line break instead of a trailing one. So the old last line is not
    /// glued to the first new line, and the file still ends without a line break.
    /// </summary>
    public static TextEdit InsertLines(string text, int offset, IReadOnlyList<string> lines, string newLine)
    {
        if (offset == text.Length && TomlLayout.EndsWithoutNewLine(text))
        {
            return TextEdit.Insert(offset, newLine + string.Join(newLine, lines));
        }

        return TextEdit.Insert(offset, string.Concat(lines.Select(line => line + newLine)));
    }

    /// <summary>
    /// Inserts a block of lines (a new table) at a line start, with a blank line before it when the
    /// previous line has content and after it when the next line has content.
    /// </summary>
    public static TextEdit InsertBlock(string text, int offset, IReadOnlyList<string> lines, string newLine, bool separateFromPrevious = true)
    {
        var allLines = new List<string>();
        if (separateFromPrevious && TomlLayout.HasContentBefore(text, offset))
        {
            allLines.Add("");
        }

        allLines.AddRange(lines);
        if (offset < text.Length && !TomlLayout.IsBlankLineAt(text, offset))
        {
            allLines.Add("");
        }

        return InsertLines(text, offset, allLines, newLine);
    }
}
