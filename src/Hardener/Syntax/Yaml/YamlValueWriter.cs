namespace Hardener.Syntax.Yaml;

/// <summary>Lays out a <see cref="YamlValue"/> as block lines or flow text in a file's style.</summary>
internal sealed class YamlValueWriter(YamlStyle style)
{
    /// <summary>Writes <c>key: value</c> with its key at the column. A collection value goes on the lines below the key.</summary>
    public List<string> WriteEntry(YamlValue key, YamlValue value, int column)
    {
        var head = new string(' ', column) + WriteScalarOrRaw(key, inFlow: false) + ":";
        if (IsNonEmptyCollection(value))
        {
            var lines = new List<string> { head };
            lines.AddRange(WriteNestedBlock(value, column));
            return lines;
        }

        return [head + " " + WriteInline(value)];
    }

    /// <summary>Writes the lines of a collection that is the value of a key at the column.</summary>
    public List<string> WriteNestedBlock(YamlValue collection, int keyColumn) => collection switch
    {
        YamlValue.SequenceValue sequence => WriteBody(sequence, keyColumn + (style.IndentSequences ? style.IndentUnit : 0)),
        _ => WriteBody(collection, keyColumn + style.IndentUnit),
    };

    /// <summary>Writes a sequence item with its dash at the column and the given spaces between dash and content.</summary>
    public List<string> WriteItem(YamlValue item, int dashColumn, int dashGap)
    {
        var prefix = new string(' ', dashColumn) + "-" + new string(' ', dashGap);
        if (!IsNonEmptyCollection(item))
        {
            return [prefix + WriteInline(item)];
        }

        // A collection item starts on the dash line (- a: 1) and continues at the column after the dash.
        var contentColumn = dashColumn + 1 + dashGap;
        var lines = WriteBody(item, contentColumn);
        lines[0] = prefix + lines[0][contentColumn..];
        return lines;
    }

    /// <summary>Writes a value on one line in flow style, as an item of <c>[ ]</c> or <c>{ }</c>.</summary>
    public string WriteFlow(YamlValue value) => value switch
    {
        YamlValue.SequenceValue sequence => "[" + string.Join(", ", sequence.Items.Select(WriteFlow)) + "]",
        YamlValue.MappingValue mapping => "{" + string.Join(", ", mapping.Entries.Select(entry => WriteFlowEntry(entry.Key, entry.Value))) + "}",
        _ => WriteScalarOrRaw(value, inFlow: true),
    };

    public string WriteFlowEntry(YamlValue key, YamlValue value) => WriteFlow(key) + ": " + WriteFlow(value);

    /// <summary>Writes a value that follows a key or dash on the same line in block context.</summary>
    public string WriteInline(YamlValue value) => IsNonEmptyCollection(value) ? WriteFlow(value) : value switch
    {
        YamlValue.SequenceValue => "[]",
        YamlValue.MappingValue => "{}",
        _ => WriteScalarOrRaw(value, inFlow: false),
    };

    public static bool IsNonEmptyCollection(YamlValue value) => value switch
    {
        YamlValue.SequenceValue sequence => sequence.Items.Count > 0,
        YamlValue.MappingValue mapping => mapping.Entries.Count > 0,
        _ => false,
    };

    private List<string> WriteBody(YamlValue collection, int column)
    {
        var lines = new List<string>();
        if (collection is YamlValue.SequenceValue sequence)
        {
            foreach (var item in sequence.Items)
            {
                lines.AddRange(WriteItem(item, column, dashGap: 1));
            }
        }
        else if (collection is YamlValue.MappingValue mapping)
        {
            foreach (var entry in mapping.Entries)
            {
                lines.AddRange(WriteEntry(entry.Key, entry.Value, column));
            }
        }

        return lines;
    }

    private string WriteScalarOrRaw(YamlValue value, bool inFlow) => value switch
    {
        YamlValue.ScalarValue { ForceQuotes: true } scalar => YamlScalarFormatter.Quote(scalar.Value, style.PreferredQuote),
        YamlValue.ScalarValue scalar => YamlScalarFormatter.Format(scalar.Value, style.PreferredQuote, inFlow),
        YamlValue.RawValue raw => raw.Text,
        _ => WriteFlow(value),
    };
}
