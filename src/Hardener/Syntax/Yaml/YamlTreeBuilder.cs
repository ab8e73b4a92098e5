using Hardener.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Hardener.Syntax.Yaml;

/// <summary>Turns the event stream of YamlDotNet's parser into syntax nodes with exact spans.</summary>
internal sealed class YamlTreeBuilder(string text)
{
    /// <summary>
    /// The deepest nesting accepted. Real compose files nest fewer than 20 levels; a limit keeps a
    /// hostile file from exhausting the stack, which would end the whole run instead of one template.
    /// </summary>
    public const int MaxDepth = 512;

    private int _depth;
    private readonly Dictionary<string, YamlNodeSyntax> _anchors = new(StringComparer.Ordinal);
    private readonly Parser _parser = new(new Scanner(new StringReader(text), skipComments: true));

    /// <summary>Where the last event read ends, for errors that YamlDotNet raises without a position.</summary>
    public LinePosition LastPosition => _parser.Current is { } current
        ? new LinePosition((int)current.End.Line, (int)current.End.Column)
        : new LinePosition(1, 1);

    /// <summary>Builds the first document's root node and counts the documents in the stream.</summary>
    public YamlNodeSyntax? Build(out int documentCount)
    {
        _parser.MoveNext();
        Next<StreamStart>();
        YamlNodeSyntax? root = null;
        documentCount = 0;
        while (_parser.Current is DocumentStart)
        {
            _parser.MoveNext();
            documentCount++;
            var node = _parser.Current is DocumentEnd ? null : ParseNode();
            if (documentCount == 1)
            {
                root = node;
            }

            Next<DocumentEnd>();
        }

        return root;
    }

    private void Next<T>() where T : ParsingEvent
    {
        if (_parser.Current is not T)
        {
            var found = _parser.Current;
            throw found is null
                ? new YamlException($"Expected {typeof(T).Name} at the end of the YAML stream.")
                : new YamlException(found.Start, found.End, $"Expected {typeof(T).Name}, found {found.GetType().Name}.");
        }

        _parser.MoveNext();
    }

    private YamlNodeSyntax ParseNode()
    {
        var current = _parser.Current ?? throw new YamlException("Unexpected end of the YAML stream.");
        if (++_depth > MaxDepth)
        {
            throw new YamlException(current.Start, current.End, $"Collections are nested more than {MaxDepth} levels deep.");
        }

        try
        {
            return ParseNodeAtDepth(current);
        }
        finally
        {
            _depth--;
        }
    }

    private YamlNodeSyntax ParseNodeAtDepth(ParsingEvent current)
    {
        YamlNodeSyntax node = current switch
        {
            Scalar scalar => ParseScalar(scalar),
            AnchorAlias alias => ParseAlias(alias),
            SequenceStart sequence => ParseSequence(sequence),
            MappingStart mapping => ParseMapping(mapping),
            _ => throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}."),
        };

        if (node.Anchor is { } anchor)
        {
            // A later anchor with the same name replaces the earlier one for the aliases after it, as the YAML specification requires.
            _anchors[anchor] = node;
        }

        return node;
    }

    private YamlScalarSyntax ParseScalar(Scalar scalar)
    {
        _parser.MoveNext();
        var fullStart = (int)scalar.Start.Index;
        var end = (int)scalar.End.Index;
        var style = MapStyle(scalar.Style);
        var start = HasProperties(scalar.Anchor, scalar.Tag) ? SkipProperties(fullStart, end) : fullStart;
        if (style is YamlScalarStyle.Literal or YamlScalarStyle.Folded)
        {
            // The parser's end mark of a block scalar includes the blank lines after it.
            end = TrimTrailingLineBreaks(start, end);
        }

        return new YamlScalarSyntax(new TextSpan(start, end), new TextSpan(fullStart, end), AnchorOf(scalar.Anchor), TagOf(scalar.Tag), scalar.Value, style);
    }

    private YamlAliasSyntax ParseAlias(AnchorAlias alias)
    {
        _parser.MoveNext();
        var name = alias.Value.Value;
        if (!_anchors.TryGetValue(name, out var target))
        {
            // YamlDotNet's event parser does not check aliases, but Compose rejects a file with an unknown one.
            throw new YamlException(alias.Start, alias.End, $"the alias *{name} names no anchor defined before it");
        }

        return new YamlAliasSyntax(new TextSpan((int)alias.Start.Index, (int)alias.End.Index), name, target);
    }

    private YamlSequenceSyntax ParseSequence(SequenceStart start)
    {
        _parser.MoveNext();
        var items = new List<YamlNodeSyntax>();
        while (_parser.Current is not SequenceEnd)
        {
            items.Add(ParseNode());
        }

        var end = (SequenceEnd)_parser.Current;
        _parser.MoveNext();

        var isFlow = start.Style == SequenceStyle.Flow;
        var fullStart = (int)start.Start.Index;
        TextSpan span;
        if (isFlow)
        {
            // Flow bracket tokens are zero-width marks at the bracket.
            span = new TextSpan(IndexOfAfter(fullStart, '['), (int)end.Start.Index + 1);
        }
        else
        {
            span = new TextSpan(LastIndexOfBefore(items[0].FullSpan.Start, '-'), items[^1].FullSpan.End);
        }

        return new YamlSequenceSyntax(span, new TextSpan(fullStart, span.End), AnchorOf(start.Anchor), TagOf(start.Tag), isFlow, items);
    }

    private YamlMappingSyntax ParseMapping(MappingStart start)
    {
        _parser.MoveNext();
        var entries = new List<YamlKeyValueSyntax>();
        while (_parser.Current is not MappingEnd)
        {
            var key = ParseNode();
            var value = ParseNode();
            entries.Add(new YamlKeyValueSyntax(key, value));
        }

        var end = (MappingEnd)_parser.Current;
        _parser.MoveNext();

        var isFlow = start.Style == MappingStyle.Flow;
        var fullStart = (int)start.Start.Index;
        var span = isFlow
            ? new TextSpan(IndexOfAfter(fullStart, '{'), (int)end.Start.Index + 1)
            : new TextSpan(entries[0].Span.Start, entries[^1].Span.End);

        return new YamlMappingSyntax(span, new TextSpan(Math.Min(fullStart, span.Start), span.End), AnchorOf(start.Anchor), TagOf(start.Tag), isFlow, entries);
    }

    private static bool HasProperties(AnchorName anchor, TagName tag) => !anchor.IsEmpty || !tag.IsEmpty;

    private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

    private static string? TagOf(TagName tag) => tag.IsEmpty || tag.IsNonSpecific ? null : tag.Value;

    /// <summary>Skips anchors, tags, white space and comments that stand before a node's content.</summary>
    private int SkipProperties(int position, int limit)
    {
        while (position < limit)
        {
            var character = text[position];
            if (character is '&' or '!')
            {
                while (position < limit && !char.IsWhiteSpace(text[position]))
                {
                    position++;
                }
            }
            else if (character is ' ' or '\t' or '\r' or '\n')
            {
                position++;
            }
            else if (character == '#')
            {
                while (position < limit && text[position] != '\n')
                {
                    position++;
                }
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary>Drops the blank lines after a block scalar; spaces at the end of its last line are content and stay.</summary>
    private int TrimTrailingLineBreaks(int start, int end)
    {
        var position = end;
        var lastLineEnd = -1;
        while (position > start && text[position - 1] is '\n' or '\r' or ' ' or '\t')
        {
            position--;
            if (text[position] == '\n')
            {
                lastLineEnd = position;
            }
        }

        if (lastLineEnd < 0)
        {
            return end;
        }

        return lastLineEnd > start && text[lastLineEnd - 1] == '\r' ? lastLineEnd - 1 : lastLineEnd;
    }

    private int IndexOfAfter(int position, char bracket)
    {
        var index = text.IndexOf(bracket, position);
        return index < 0 ? position : index;
    }

    private int LastIndexOfBefore(int position, char dash)
    {
        var index = position - 1;
        while (index >= 0 && text[index] != dash)
        {
            index--;
        }

        return index < 0 ? position : index;
    }

    private static YamlScalarStyle MapStyle(ScalarStyle style) => style switch
    {
        ScalarStyle.SingleQuoted => YamlScalarStyle.SingleQuoted,
        ScalarStyle.DoubleQuoted => YamlScalarStyle.DoubleQuoted,
        ScalarStyle.Literal => YamlScalarStyle.Literal,
        ScalarStyle.Folded => YamlScalarStyle.Folded,
        _ => YamlScalarStyle.Plain,
    };
}
