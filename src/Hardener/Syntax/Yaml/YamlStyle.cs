namespace Hardener.Syntax.Yaml;

/// <summary>
/// The layout conventions of one YAML file, so that inserted text looks like the text around it.
/// </summary>
/// <param name="IndentUnit">Spaces between a key and the keys nested under it.</param>
/// <param name="IndentSequences">
/// True when block sequence dashes sit one <paramref name="IndentUnit"/> right of their key
/// (<c>labels:\n  - a</c>), false when they sit at the key's column (<c>labels:\n- a</c>).
/// </param>
/// <param name="PreferredQuote">The quote style for strings that need quoting.</param>
/// <param name="NewLine">The line ending of inserted lines.</param>
public sealed record YamlStyle(int IndentUnit, bool IndentSequences, YamlScalarStyle PreferredQuote, string NewLine)
{
    /// <summary>The style used where a file gives no evidence: two spaces, indented dashes, double quotes, LF.</summary>
    public static YamlStyle Default { get; } = new(2, true, YamlScalarStyle.DoubleQuoted, "\n");

    /// <summary>
    /// Detects the style by majority: the most common step from a key to its nested keys, the most
    /// common dash placement and the most common quote. Ties and missing evidence fall back to <see cref="Default"/>.
    /// </summary>
    public static YamlStyle Detect(YamlDocumentSyntax document)
    {
        var census = new StyleCensus(document);
        if (document.Root is not null)
        {
            census.Visit(document.Root);
        }

        var indentUnit = census.IndentSteps.Count == 0
            ? Default.IndentUnit
            : census.IndentSteps.OrderByDescending(step => step.Value).ThenBy(step => step.Key).First().Key;
        var indentSequences = census.IndentedDashes >= census.FlushDashes;
        var quote = census.SingleQuoted > census.DoubleQuoted ? YamlScalarStyle.SingleQuoted : YamlScalarStyle.DoubleQuoted;
        return new YamlStyle(indentUnit, indentSequences, quote, document.NewLine);
    }

    /// <summary>
    /// Returns the 0-based column where a collection's entries (mapping keys or sequence dashes) start,
    /// or the column of the opening bracket of a flow collection.
    /// </summary>
    public static int GetColumn(YamlDocumentSyntax document, YamlNodeSyntax collection) => GetColumn(document, collection.Span.Start);

    /// <summary>Returns the 0-based column of an offset.</summary>
    public static int GetColumn(YamlDocumentSyntax document, int offset) =>
        offset - document.Lines.GetLineStart(document.Lines.GetLineIndex(offset));

    /// <summary>Counts the evidence for each style choice in one pass over the tree.</summary>
    private sealed class StyleCensus(YamlDocumentSyntax document)
    {
        public Dictionary<int, int> IndentSteps { get; } = [];

        public int IndentedDashes { get; private set; }

        public int FlushDashes { get; private set; }

        public int SingleQuoted { get; private set; }

        public int DoubleQuoted { get; private set; }

        public void Visit(YamlNodeSyntax node)
        {
            switch (node)
            {
                case YamlScalarSyntax { Style: YamlScalarStyle.SingleQuoted }:
                    SingleQuoted++;
                    break;
                case YamlScalarSyntax { Style: YamlScalarStyle.DoubleQuoted }:
                    DoubleQuoted++;
                    break;
                case YamlSequenceSyntax sequence:
                    foreach (var item in sequence.Items)
                    {
                        Visit(item);
                    }

                    break;
                case YamlMappingSyntax mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        CountEntry(mapping, entry);
                        Visit(entry.Key);
                        Visit(entry.Value);
                    }

                    break;
            }
        }

        private void CountEntry(YamlMappingSyntax mapping, YamlKeyValueSyntax entry)
        {
            if (mapping.IsFlow)
            {
                return;
            }

            var keyColumn = GetColumn(document, entry.Key.FullSpan.Start);
            if (entry.Value is YamlMappingSyntax { IsFlow: false } nested)
            {
                var step = GetColumn(document, nested) - keyColumn;
                if (step > 0)
                {
                    IndentSteps[step] = IndentSteps.GetValueOrDefault(step) + 1;
                }
            }
            else if (entry.Value is YamlSequenceSyntax { IsFlow: false } sequence)
            {
                if (GetColumn(document, sequence) > keyColumn)
                {
                    IndentedDashes++;
                }
                else
                {
                    FlushDashes++;
                }
            }
        }
    }
}
