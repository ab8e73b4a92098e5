using Hardener.Text;

namespace Hardener.Syntax.Yaml;

/// <summary>One entry of a mapping: a key and its value.</summary>
public sealed class YamlKeyValueSyntax : IYamlParentSyntax
{
    internal YamlKeyValueSyntax(YamlNodeSyntax key, YamlNodeSyntax value)
    {
        Key = key;
        Value = value;
        key.Parent = this;
        value.Parent = this;
    }

    public YamlNodeSyntax Key { get; }

    public YamlNodeSyntax Value { get; }

    /// <summary>The parent mapping.</summary>
    public YamlMappingSyntax Mapping { get; internal set; } = null!;

    /// <summary>The key as text when it is a scalar; null for complex keys.</summary>
    public string? KeyText => (Key as YamlScalarSyntax)?.Value;

    /// <summary>Tells whether this is a merge entry (<c>&lt;&lt;: *anchor</c>).</summary>
    public bool IsMerge => Key is YamlScalarSyntax { Style: YamlScalarStyle.Plain, Value: "<<" };

    public TextSpan Span => new(Key.FullSpan.Start, Math.Max(Value.FullSpan.End, Key.FullSpan.End));
}
