using Hardener.Syntax.Toml;
using Hardener.Text;
using Tomlyn.Syntax;

namespace Hardener.Template;

/// <summary>
/// Appends <c>KEY = "value"</c> pairs to an inline table such as <c>env = {}</c>. The pairs stay on
/// the table's line, because TOML 1.0 forbids line breaks inside inline tables.
/// </summary>
internal static class InlineTableAppender
{
    public static TextEdit Append(InlineTableSyntax table, IReadOnlyList<string> pairs, string text)
    {
        var items = (table.Items ?? []).ToList();
        if (items.Count == 0)
        {
            var openEnd = TomlSpans.EndOf(table.OpenBrace!);
            var inside = text[openEnd..TomlSpans.StartOf(table.CloseBrace!)];

            // `{}` becomes `{ A = "1" }`, and `{ }` keeps its space before the brace.
            var suffix = inside.Length == 0 ? " " : "";
            return TextEdit.Insert(openEnd, " " + string.Join(", ", pairs) + suffix);
        }

        var last = items[^1];
        if (last.Comma is not null)
        {
            return TextEdit.Insert(TomlSpans.EndOf(last.Comma), string.Concat(pairs.Select(pair => " " + pair + ",")));
        }

        return TextEdit.Insert(TomlSpans.EndOf(last.KeyValue!.Value!), string.Concat(pairs.Select(pair => ", " + pair)));
    }
}
