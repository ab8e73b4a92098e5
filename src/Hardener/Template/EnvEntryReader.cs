using Hardener.Syntax.Toml;
using Hardener.Text;
using Tomlyn.Syntax;

namespace Hardener.Template;

/// <summary>Reads environment entries from the forms Dokploy accepts for <c>config.env</c>.</summary>
internal static class EnvEntryReader
{
    /// <summary>Reads <c>KEY = value</c> lines of a table or an inline table, skipping dotted keys.</summary>
    public static IEnumerable<EnvEntry> ReadKeyValues(IEnumerable<KeyValueSyntax> keyValues, string text)
    {
        foreach (var keyValue in keyValues)
        {
            var key = TomlKeys.GetSimpleName(keyValue.Key);
            if (key is null || keyValue.Value is null)
            {
                continue;
            }

            var style = TomlValues.GetStyle(keyValue.Value);
            var tokenSpan = TomlSpans.ToTextSpan(keyValue.Value);
            yield return new EnvEntry(
                key,
                TomlValues.GetText(keyValue.Value, text),
                TomlValues.GetContentSpan(tokenSpan, style, text),
                tokenSpan,
                style,
                EnvEntryForm.KeyValue);
        }
    }

    public static IEnumerable<EnvEntry> ReadInlineTable(InlineTableSyntax table, string text) =>
        ReadKeyValues(InlineKeyValues(table), text);

    /// <summary>
    /// Reads the elements of an <c>env = [...]</c> array: <c>"KEY=value"</c> strings and
    /// <c>{ KEY = "value" }</c> inline tables. Strings without '=' (used as comments or
    /// spacers, such as <c>""</c> or <c>"# Database"</c>) are not entries.
    /// </summary>
    public static IEnumerable<EnvEntry> ReadArray(ArraySyntax array, string text)
    {
        foreach (var item in array.Items ?? [])
        {
            switch (item.Value)
            {
                case StringValueSyntax element:
                    var entry = ReadAssignment(element, text);
                    if (entry is not null)
                    {
                        yield return entry;
                    }

                    break;
                case InlineTableSyntax inline:
                    foreach (var inlineEntry in ReadInlineTable(inline, text))
                    {
                        yield return inlineEntry;
                    }

                    break;
            }
        }
    }

    private static EnvEntry? ReadAssignment(StringValueSyntax element, string text)
    {
        var decoded = element.Value ?? "";
        var separator = decoded.IndexOf('=');
        if (separator < 0)
        {
            return null;
        }

        var style = TomlValues.GetStyle(element);
        var tokenSpan = TomlSpans.ToTextSpan(element);
        var content = TomlValues.GetContentSpan(tokenSpan, style, text);
        var raw = text[content.Start..content.End];
        var rawSeparator = raw.IndexOf('=');

        // The value span is located in the source text, so the key part must read the same raw
        // and decoded. NOTE: an escape before the '=' (such as "A\u0042=x") hides the entry.
        if (rawSeparator != separator || raw[..rawSeparator] != decoded[..separator])
        {
            return null;
        }

        return new EnvEntry(
            decoded[..separator],
            decoded[(separator + 1)..],
            new TextSpan(content.Start + rawSeparator + 1, content.End),
            tokenSpan,
            style,
            EnvEntryForm.AssignmentString);
    }

    private static IEnumerable<KeyValueSyntax> InlineKeyValues(InlineTableSyntax table) =>
        (table.Items ?? []).Select(item => item.KeyValue).OfType<KeyValueSyntax>();
}
