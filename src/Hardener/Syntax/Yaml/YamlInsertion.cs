using Hardener.Text;

namespace Hardener.Syntax.Yaml;

/// <summary>
/// Builds edits that insert YAML into a parsed document in the style around the insertion point.
/// Block insertions add whole lines after the last child of a collection, at that collection's own
/// column, and leave every existing line as it is. Flow collections and empty values (<c>key:</c>)
/// change on the line where they are written. Every method leaves the document untouched and
/// returns edits for <see cref="TextEditor.Apply"/>.
/// </summary>
/// <remarks>
/// Pass <c>style</c> to reuse one <see cref="YamlStyle.Detect"/> result for many insertions into a
/// document. Without it each call detects the style again. Pass the edits of several calls through
/// <see cref="CombineEdits"/> before applying them in one step, because insertions that share an offset
/// must be ordered by depth.
/// </remarks>
public static partial class YamlInsertion
{
    /// <summary>Appends a string item to a block or flow sequence, quoting it only where a plain scalar would change type.</summary>
    /// <param name="forceQuotes">Quote the item even when plain would be safe, for sequences whose items the file quotes.</param>
    public static IReadOnlyList<TextEdit> AppendToSequence(YamlDocumentSyntax document, YamlSequenceSyntax sequence, string item, bool forceQuotes = false, YamlStyle? style = null) =>
        AppendToSequence(document, sequence, YamlValue.Scalar(item, forceQuotes), style);

    /// <summary>
    /// Appends an item to a sequence. A block sequence gets a new <c>- item</c> line below its last item,
    /// with the dash at the column of the existing dashes. A flow sequence gets the item before its <c>]</c>.
    /// </summary>
    public static IReadOnlyList<TextEdit> AppendToSequence(YamlDocumentSyntax document, YamlSequenceSyntax sequence, YamlValue item, YamlStyle? style = null)
    {
        style ??= YamlStyle.Detect(document);
        var writer = new YamlValueWriter(style);
        if (sequence.IsFlow)
        {
            var lastItem = sequence.Items.Count == 0 ? (TextSpan?)null : sequence.Items[^1].FullSpan;
            return YamlFlowInsertion.Append(document, sequence, lastItem, writer.WriteFlow(item));
        }

        var last = sequence.Items[^1];
        var dash = document.Text.LastIndexOf('-', last.FullSpan.Start - 1);
        var lines = writer.WriteItem(item, YamlStyle.GetColumn(document, dash), GetDashGap(document, dash, last));
        return [InsertLines(YamlInsertionPoint.AfterNode(document, sequence), lines, style)];
    }

    /// <summary>Adds <c>key: value</c> with a string value to a block or flow mapping.</summary>
    /// <exception cref="InvalidOperationException">The mapping already writes the key.</exception>
    public static IReadOnlyList<TextEdit> AddMappingEntry(YamlDocumentSyntax document, YamlMappingSyntax mapping, string key, string value, YamlStyle? style = null) =>
        AddMappingEntry(document, mapping, key, YamlValue.Scalar(value), style);

    /// <summary>
    /// Adds an entry to a mapping. In a block mapping the entry goes on new lines at the mapping's column,
    /// after the last entry and its nested block, with a collection value below the key in block style.
    /// In a flow mapping the entry goes before the <c>}</c> in flow style.
    /// </summary>
    /// <exception cref="InvalidOperationException">The mapping already writes the key. Keys it only merges do not count.</exception>
    public static IReadOnlyList<TextEdit> AddMappingEntry(YamlDocumentSyntax document, YamlMappingSyntax mapping, string key, YamlValue value, YamlStyle? style = null)
    {
        if (mapping.FindEntry(key) is not null)
        {
            throw new InvalidOperationException($"The mapping already has the key '{key}'. Use SetMappingEntry to change its value.");
        }

        style ??= YamlStyle.Detect(document);
        var writer = new YamlValueWriter(style);
        if (mapping.IsFlow)
        {
            var lastEntry = mapping.Entries.Count == 0 ? (TextSpan?)null : mapping.Entries[^1].Span;
            return YamlFlowInsertion.Append(document, mapping, lastEntry, writer.WriteFlowEntry(YamlValue.Scalar(key), value));
        }

        var lines = writer.WriteEntry(YamlValue.Scalar(key), value, YamlStyle.GetColumn(document, mapping));
        return [InsertLines(YamlInsertionPoint.AfterNode(document, mapping), lines, style)];
    }

    /// <summary>Adds a key whose value is a block sequence of strings, such as a service's <c>networks:</c> list.</summary>
    public static IReadOnlyList<TextEdit> AddBlock(YamlDocumentSyntax document, YamlMappingSyntax mapping, string key, IReadOnlyList<string> items, YamlStyle? style = null) =>
        AddMappingEntry(document, mapping, key, YamlValue.Sequence(items.Select(item => YamlValue.Scalar(item))), style);

    /// <summary>Adds a key whose value is a block mapping, such as a top-level <c>networks:</c> block.</summary>
    public static IReadOnlyList<TextEdit> AddBlock(YamlDocumentSyntax document, YamlMappingSyntax mapping, string key, IReadOnlyList<(string Key, YamlValue Value)> entries, YamlStyle? style = null) =>
        AddMappingEntry(document, mapping, key, YamlValue.Mapping(entries), style);

    /// <summary>
    /// Sets a key of a mapping: adds the entry when the mapping does not write it, fills an empty or
    /// null value, edits a scalar in its own quote style, and otherwise replaces the old value.
    /// </summary>
    public static IReadOnlyList<TextEdit> SetMappingEntry(YamlDocumentSyntax document, YamlMappingSyntax mapping, string key, YamlValue value, YamlStyle? style = null)
    {
        if (mapping.FindEntry(key) is not { } entry)
        {
            return AddMappingEntry(document, mapping, key, value, style);
        }

        if (entry.Value is YamlScalarSyntax scalar && !IsEmptyValue(scalar) && value is YamlValue.ScalarValue { ForceQuotes: false } replacement)
        {
            if (scalar.Value == replacement.Value)
            {
                return [];
            }

            var wholeValue = new TextEdit(new TextSpan(0, scalar.Value.Length), replacement.Value);
            if (YamlScalarEditor.TryEdit(scalar, [wholeValue], out var edits))
            {
                return edits;
            }
        }

        return ReplaceValue(document, entry, value, style ?? YamlStyle.Detect(document));
    }

    /// <summary>Sets a key of a mapping to a string value, like the overload that takes a <see cref="YamlValue"/>.</summary>
    public static IReadOnlyList<TextEdit> SetMappingEntry(YamlDocumentSyntax document, YamlMappingSyntax mapping, string key, string value, YamlStyle? style = null) =>
        SetMappingEntry(document, mapping, key, YamlValue.Scalar(value), style);

    /// <summary>Tells whether a value is written empty (<c>key:</c>) or as an untagged plain null (<c>~</c>, <c>null</c>).</summary>
    public static bool IsEmptyValue(YamlNodeSyntax value) =>
        value is YamlScalarSyntax { IsEmpty: true }
            or YamlScalarSyntax { Style: YamlScalarStyle.Plain, Tag: null, Value: "~" or "null" or "Null" or "NULL" };

    /// <summary>
    /// Replaces an entry's value. A one-line old value is removed from its line, which keeps a comment
    /// after it, and a new block collection goes on the lines below the key. An old value that spans
    /// several lines is replaced whole, comments inside it included.
    /// </summary>
    private static IReadOnlyList<TextEdit> ReplaceValue(YamlDocumentSyntax document, YamlKeyValueSyntax entry, YamlValue value, YamlStyle style)
    {
        var writer = new YamlValueWriter(style);
        var start = document.Text.IndexOf(':', entry.Key.FullSpan.End) + 1;
        var end = Math.Max(start, entry.Value.FullSpan.End);
        var oldValue = new TextSpan(start, end);
        if (entry.Mapping.IsFlow || !YamlValueWriter.IsNonEmptyCollection(value))
        {
            var inline = entry.Mapping.IsFlow ? writer.WriteFlow(value) : writer.WriteInline(value);
            return [new TextEdit(oldValue, " " + inline)];
        }

        var lines = writer.WriteNestedBlock(value, YamlStyle.GetColumn(document, entry.Key.FullSpan.Start));
        if (document.Lines.GetLineIndex(start) != document.Lines.GetLineIndex(end))
        {
            return [new TextEdit(oldValue, JoinLines(lines, style))];
        }

        var insertion = InsertLines(YamlInsertionPoint.GetLineContentEnd(document.Text, end), lines, style);
        return oldValue.IsEmpty ? [insertion] : [new TextEdit(oldValue, ""), insertion];
    }

    /// <summary>Returns the spaces between a dash and its item, so new items copy <c>-   item</c> layouts too.</summary>
    private static int GetDashGap(YamlDocumentSyntax document, int dash, YamlNodeSyntax item)
    {
        var sameLine = document.Lines.GetLineIndex(dash) == document.Lines.GetLineIndex(item.FullSpan.Start);
        var gap = item.FullSpan.Start - dash - 1;
        return sameLine && gap >= 1 ? gap : 1;
    }

    private static TextEdit InsertLines(int offset, IEnumerable<string> lines, YamlStyle style) =>
        TextEdit.Insert(offset, JoinLines(lines, style));

    /// <summary>Joins lines with a line break before each, the form that inserts before an existing line break.</summary>
    private static string JoinLines(IEnumerable<string> lines, YamlStyle style) =>
        string.Concat(lines.Select(line => style.NewLine + line));
}
