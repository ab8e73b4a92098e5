using Hardener.Diagnostics;
using Hardener.Text;

namespace Hardener.Syntax.Yaml;

/// <summary>
/// Rejects YAML that parses but that tools read differently: duplicated mapping keys (parsers
/// disagree on which value wins, and Compose rejects the file) and tabs used as indentation.
/// </summary>
internal static class YamlStructureChecks
{
    public const string DuplicateKeyId = "yaml-duplicate-key";
    public const string TabIndentationId = "yaml-tab-indentation";

    public static void Check(YamlDocumentSyntax document, string filePath, List<Finding> diagnostics)
    {
        var multiLineScalars = new List<TextSpan>();
        if (document.Root is not null)
        {
            Visit(document.Root, document, filePath, diagnostics, multiLineScalars);
        }

        CheckTabIndentation(document, filePath, diagnostics, multiLineScalars);
    }

    private static void Visit(YamlNodeSyntax node, YamlDocumentSyntax document, string filePath, List<Finding> diagnostics, List<TextSpan> multiLineScalars)
    {
        switch (node)
        {
            case YamlScalarSyntax scalar when document.Lines.GetLineIndex(scalar.Span.Start) != document.Lines.GetLineIndex(scalar.Span.End):
                multiLineScalars.Add(scalar.Span);
                break;
            case YamlSequenceSyntax sequence:
                foreach (var item in sequence.Items)
                {
                    Visit(item, document, filePath, diagnostics, multiLineScalars);
                }

                break;
            case YamlMappingSyntax mapping:
                ReportDuplicateKeys(mapping, document, filePath, diagnostics);
                foreach (var entry in mapping.Entries)
                {
                    Visit(entry.Key, document, filePath, diagnostics, multiLineScalars);
                    Visit(entry.Value, document, filePath, diagnostics, multiLineScalars);
                }

                break;
        }
    }

    private static void ReportDuplicateKeys(YamlMappingSyntax mapping, YamlDocumentSyntax document, string filePath, List<Finding> diagnostics)
    {
        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            // Several merge keys in one mapping are a common, accepted form.
            if (entry.KeyText is not { } key || entry.IsMerge)
            {
                continue;
            }

            var line = document.Lines.GetPosition(entry.Key.Span.Start).Line;
            if (!firstLines.TryAdd(key, line))
            {
                diagnostics.Add(YamlSyntaxParser.Error(document.Lines, filePath, entry.Key.Span.Start, DuplicateKeyId,
                    $"duplicated key '{key}' (first on line {firstLines[key]}); YAML parsers disagree on which value wins and Compose rejects the file"));
            }
        }
    }

    public const string TabIndentationMessage = "a tab is used as indentation; YAML allows only spaces there";

    private static void CheckTabIndentation(YamlDocumentSyntax document, string filePath, List<Finding> diagnostics, List<TextSpan> multiLineScalars)
    {
        if (FindTabIndentation(document.Text, document.Lines, multiLineScalars) is { } offset)
        {
            diagnostics.Add(YamlSyntaxParser.Error(document.Lines, filePath, offset, TabIndentationId, TabIndentationMessage));
        }
    }

    /// <summary>Returns the offset of the first tab in the indentation of a line with content outside multi-line scalars.</summary>
    internal static int? FindTabIndentation(string text, LineMap lines, IReadOnlyList<TextSpan> multiLineScalars)
    {
        for (var line = 0; line < lines.LineCount; line++)
        {
            var start = lines.GetLineStart(line);
            var position = start;
            while (position < text.Length && text[position] is ' ' or '\t')
            {
                position++;
            }

            var indentation = text.AsSpan(start, position - start);
            var blank = position >= text.Length || text[position] is '\r' or '\n' or '#';
            if (!blank && indentation.Contains('\t') && !multiLineScalars.Any(span => span.Contains(position)))
            {
                return start + indentation.IndexOf('\t');
            }
        }

        return null;
    }
}
