using Hardener.Syntax.Toml;
using Hardener.Text;
using Tomlyn.Syntax;

namespace Hardener.Template;

/// <summary>Adds environment entries in the form the template already uses, or creates <c>[config.env]</c>.</summary>
internal static class EnvAppender
{
    private const string EnvHeader = "[config.env]";

    /// <summary>Returns the edits for the entries, or a new table block when the template has no <c>config.env</c>.</summary>
    public static (IReadOnlyList<TextEdit> Edits, NewTableBlock? Block) Append(
        TemplateToml template,
        IReadOnlyList<(string Key, string Value)> entries)
    {
        var document = template.Document;
        var text = document.Text;
        var pairs = entries.Select(entry => FormatPair(entry.Key, entry.Value)).ToList();

        switch (template.EnvStyle)
        {
            case EnvStyle.Table:
                var offset = TablePlacement.GetEndOfLastLine(template.EnvTable!, text);
                return ([TomlInsertions.InsertLines(text, offset, pairs, document.NewLine)], null);

            case EnvStyle.Array:
                var elements = entries.Select(entry => TomlText.FormatBasicString(entry.Key + "=" + entry.Value)).ToList();
                var array = (ArraySyntax)template.EnvKeyValue!.Value!;
                return (EnvArrayAppender.Append(array, elements, document).ToList(), null);

            case EnvStyle.InlineTable:
                var inline = (InlineTableSyntax)template.EnvKeyValue!.Value!;
                return ([InlineTableAppender.Append(inline, pairs, text)], null);

            case EnvStyle.ArrayOfTables:
                // One [[config.env]] element per entry, as the template writes its own.
                var lines = new List<string>();
                foreach (var pair in pairs)
                {
                    lines.AddRange(lines.Count == 0 ? ["[[config.env]]", pair] : ["", "[[config.env]]", pair]);
                }

                var afterLastElement = TablePlacement.GetEndOfLastLine(template.LastEnvElement!, text);
                return ([TomlInsertions.InsertBlock(text, afterLastElement, lines, document.NewLine)], null);

            default:
                return ([], CreateEnvTable(template, pairs));
        }
    }

    /// <summary>Formats a <c>KEY = "value"</c> line of a table or a pair of an inline table.</summary>
    public static string FormatPair(string key, string value) => TomlText.FormatKey(key) + " = " + TomlText.FormatBasicString(value);

    /// <summary>
    /// Creates a <c>[config.env]</c> table for a template without environment. The table form is
    /// chosen because most templates use it and each entry gets its own line and plain value.
    /// It goes right after the keys of <c>[config]</c>, so before <c>[[config.domains]]</c> and
    /// <c>[[config.mounts]]</c>. A key line appended at the file end instead could land inside
    /// the last <c>[[...]]</c> element.
    /// </summary>
    private static NewTableBlock CreateEnvTable(TemplateToml template, List<string> pairs)
    {
        var text = template.Document.Text;
        var lines = new List<string> { EnvHeader };
        lines.AddRange(pairs);

        if (template.ConfigTable is { } config)
        {
            // Directly under a bare `[config]` header, as templates put `[[config.domains]]` there.
            var hasOwnKeys = TemplateTomlReader.KeyValuesOf(config).Any();
            return new NewTableBlock(TablePlacement.GetEndOfLastLine(config, text), lines, SeparateFromPrevious: hasOwnKeys);
        }

        if (template.FirstConfigTable is { } firstConfig)
        {
            return new NewTableBlock(TablePlacement.GetStartWithComments(firstConfig, text), lines, SeparateFromPrevious: true);
        }

        lines.Insert(0, "[config]");
        return new NewTableBlock(text.Length, lines, SeparateFromPrevious: true);
    }
}
