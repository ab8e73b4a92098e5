using Hardener.Text;
using Tomlyn.Syntax;

namespace Hardener.Syntax.Toml;

/// <summary>
/// Converts Tomlyn spans, whose end offset is the last character (end-inclusive), to
/// end-exclusive <see cref="TextSpan"/>s. Spans of a parsed tree describe the original text
/// only, because Tomlyn does not update them after the tree changes.
/// </summary>
public static class TomlSpans
{
    /// <summary>Returns the end-exclusive span of a node or token of a parsed tree.</summary>
    public static TextSpan ToTextSpan(SyntaxNodeBase node) => new(node.Span.Start.Offset, node.Span.End.Offset + 1);

    /// <summary>Returns the offset just after the last character of a node or token.</summary>
    public static int EndOf(SyntaxNodeBase node) => node.Span.End.Offset + 1;

    /// <summary>Returns the offset of the first character of a node or token.</summary>
    public static int StartOf(SyntaxNodeBase node) => node.Span.Start.Offset;
}
