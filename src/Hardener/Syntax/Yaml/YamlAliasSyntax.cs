using Hardener.Text;

namespace Hardener.Syntax.Yaml;

/// <summary>An alias (<c>*name</c>) and the node its anchor names, when that anchor is defined before it.</summary>
public sealed class YamlAliasSyntax : YamlNodeSyntax
{
    internal YamlAliasSyntax(TextSpan span, string name, YamlNodeSyntax? target)
        : base(span, span, anchor: null, tag: null)
    {
        Name = name;
        Target = target;
    }

    public string Name { get; }

    public YamlNodeSyntax? Target { get; }
}
