using Hardener.Text;

namespace Hardener.Syntax.Yaml;

/// <summary>
/// A node of a YAML document: a scalar, mapping, sequence or alias.
/// Nodes do not own text; they point into the document's source with spans.
/// </summary>
public abstract class YamlNodeSyntax
{
    private protected YamlNodeSyntax(TextSpan span, TextSpan fullSpan, string? anchor, string? tag)
    {
        Span = span;
        FullSpan = fullSpan;
        Anchor = anchor;
        Tag = tag;
    }

    /// <summary>The node's own text, without its anchor and tag.</summary>
    public TextSpan Span { get; }

    /// <summary>The node's text including its anchor (<c>&amp;name</c>) and tag (<c>!!str</c>) when it has them.</summary>
    public TextSpan FullSpan { get; }

    public string? Anchor { get; }

    public string? Tag { get; }

    /// <summary>The mapping entry or sequence that contains this node; null for the root.</summary>
    public IYamlParentSyntax? Parent { get; internal set; }
}
