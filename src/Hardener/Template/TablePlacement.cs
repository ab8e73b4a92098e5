using Hardener.Syntax.Toml;
using Tomlyn.Syntax;

namespace Hardener.Template;

/// <summary>Finds where new lines and new tables go in a parsed template.</summary>
internal static class TablePlacement
{
    /// <summary>
    /// Returns the offset just after the last key/value line of a table, or after its header when
    /// it has none. Tomlyn attaches the blank lines and comments before the next header to the
    /// line break of that last line, so this offset lies before them and they stay with the next header.
    /// A line at the end of a text without a final line break yields the text length.
    /// </summary>
    public static int GetEndOfLastLine(TableSyntaxBase table, string text)
    {
        var lastKeyValue = TemplateTomlReader.KeyValuesOf(table).LastOrDefault();
        var lineBreak = lastKeyValue is null ? table.EndOfLineToken : lastKeyValue.EndOfLineToken;
        return lineBreak is null ? text.Length : TomlSpans.EndOf(lineBreak);
    }

    /// <summary>Returns the start of a table's header line, moved up over the comment lines directly above it.</summary>
    public static int GetStartWithComments(TableSyntaxBase table, string text)
    {
        var headerStart = TomlLayout.GetLineStart(text, TomlSpans.StartOf(table));
        return TomlLayout.GetAttachedCommentsStart(text, headerStart);
    }

    /// <summary>
    /// Returns where a new <c>[variables]</c> table goes: above the first table and its comments,
    /// so it comes before <c>[config]</c> as in Dokploy's own templates. A file without tables gets it at the end.
    /// </summary>
    public static int GetNewVariablesOffset(TemplateToml template)
    {
        var text = template.Document.Text;
        return template.FirstTable is null ? text.Length : GetStartWithComments(template.FirstTable, text);
    }
}
