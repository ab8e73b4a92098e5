namespace Hardener.Syntax.Yaml;

/// <summary>
/// Finds where inserted lines go. New lines are inserted before the line break of an existing line, as
/// line break plus content, so every original line break stays where it was and a file that ends without
/// a final newline still ends without one.
/// </summary>
internal static class YamlInsertionPoint
{
    /// <summary>
    /// Returns the offset after which lines that follow a node go: the end of the line where the node's
    /// content ends, after a comment on that line. Blank lines and comment lines below stay below the new
    /// lines, because they usually introduce the next key.
    /// </summary>
    public static int AfterNode(YamlDocumentSyntax document, YamlNodeSyntax node)
    {
        var end = GetLineContentEnd(document.Text, node.FullSpan.End);
        if (LastLeaf(node) is YamlScalarSyntax { IsBlock: true } block && IsKeepChomped(document, block))
        {
            // With "+" the blank lines after a block scalar belong to its value, so new lines go below them.
            end = SkipBlankLines(document, end);
        }

        return end;
    }

    /// <summary>Returns the offset of the line break that ends the line containing the offset, or the text's end.</summary>
    public static int GetLineContentEnd(string text, int offset)
    {
        var lineFeed = text.IndexOf('\n', offset);
        if (lineFeed < 0)
        {
            return text.Length;
        }

        return lineFeed > offset && text[lineFeed - 1] == '\r' ? lineFeed - 1 : lineFeed;
    }

    /// <summary>Returns the leading spaces of the line that contains the offset.</summary>
    public static int GetLineIndentation(YamlDocumentSyntax document, int offset)
    {
        var position = document.Lines.GetLineStart(document.Lines.GetLineIndex(offset));
        var start = position;
        while (position < document.Text.Length && document.Text[position] == ' ')
        {
            position++;
        }

        return position - start;
    }

    private static YamlNodeSyntax LastLeaf(YamlNodeSyntax node)
    {
        while (true)
        {
            switch (node)
            {
                case YamlMappingSyntax { IsFlow: false } mapping:
                    node = mapping.Entries[^1].Value;
                    break;
                case YamlSequenceSyntax { IsFlow: false } sequence:
                    node = sequence.Items[^1];
                    break;
                default:
                    return node;
            }
        }
    }

    private static bool IsKeepChomped(YamlDocumentSyntax document, YamlScalarSyntax block)
    {
        // The header is the indicator line: | or > followed by an optional indent digit and chomping sign.
        var headerEnd = GetLineContentEnd(document.Text, block.Span.Start);
        var header = document.Text[block.Span.Start..headerEnd];
        var comment = header.IndexOf('#');
        return (comment < 0 ? header : header[..comment]).Contains('+');
    }

    private static int SkipBlankLines(YamlDocumentSyntax document, int lineEnd)
    {
        var text = document.Text;
        var end = lineEnd;
        var position = lineEnd;
        while (true)
        {
            var lineFeed = text.IndexOf('\n', position);
            if (lineFeed < 0)
            {
                return end;
            }

            // The empty remainder after a final newline is no line of its own.
            var nextStart = lineFeed + 1;
            var nextEnd = GetLineContentEnd(text, nextStart);
            if (nextStart == text.Length || !string.IsNullOrWhiteSpace(text[nextStart..nextEnd]))
            {
                return end;
            }

            end = nextEnd;
            position = nextStart;
        }
    }
}
