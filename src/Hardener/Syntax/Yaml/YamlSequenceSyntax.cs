using Hardener.Text;

namespace Hardener.Syntax.Yaml;

/// <summary>A block or flow sequence with its items in source order.</summary>
public sealed class YamlSequenceSyntax : YamlNodeSyntax, IYamlParentSyntax
{
    internal YamlSequenceSyntax(TextSpan span, TextSpan fullSpan, string? anchor, string? tag, bool isFlow, IReadOnlyList<YamlNodeSyntax> items)
        : base(span, fullSpan, anchor, tag)
    {
        IsFlow = isFlow;
        Items = items;
        foreach (var item in items)
        {
            item.Parent = this;
        }
    }

    public bool IsFlow { get; }

    public IReadOnlyList<YamlNodeSyntax> Items { get; }
}
