using Hardener.Text;

namespace Hardener.Syntax.Yaml;

/// <summary>
/// A scalar. <see cref="Value"/> is the parsed value (quotes removed, escapes resolved);
/// the span covers the token as written, including its quotes.
/// </summary>
public sealed class YamlScalarSyntax : YamlNodeSyntax
{
    internal YamlScalarSyntax(TextSpan span, TextSpan fullSpan, string? anchor, string? tag, string value, YamlScalarStyle style)
        : base(span, fullSpan, anchor, tag)
    {
        Value = value;
        Style = style;
    }

    public string Value { get; }

    public YamlScalarStyle Style { get; }

    /// <summary>Tells whether the scalar is missing from the text, as in <c>key:</c> with nothing after it.</summary>
    public bool IsEmpty => Span.IsEmpty;

    public bool IsQuoted => Style is YamlScalarStyle.SingleQuoted or YamlScalarStyle.DoubleQuoted;

    public bool IsBlock => Style is YamlScalarStyle.Literal or YamlScalarStyle.Folded;

    /// <summary>The span of the characters between the quotes (the whole span for plain scalars).</summary>
    public TextSpan ContentSpan => IsQuoted ? new TextSpan(Span.Start + 1, Span.End - 1) : Span;

    /// <summary>Tells whether the scalar sits inside a flow collection, where plain scalars may not contain flow indicators.</summary>
    public bool IsInFlowCollection => Parent switch
    {
        YamlKeyValueSyntax entry => entry.Mapping.IsFlow,
        YamlSequenceSyntax sequence => sequence.IsFlow,
        _ => false,
    };

    public override string ToString() => Value;
}
