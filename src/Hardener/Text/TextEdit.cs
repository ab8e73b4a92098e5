namespace Hardener.Text;

/// <summary>
/// A replacement of one span of a source text by new text; an empty span inserts.
/// </summary>
public sealed record TextEdit(TextSpan Span, string NewText)
{
    public static TextEdit Insert(int offset, string text) => new(new TextSpan(offset, offset), text);

    public static TextEdit Replace(TextSpan span, string text) => new(span, text);
}
