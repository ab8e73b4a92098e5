using Hardener.Text;

namespace Hardener.Syntax.Yaml;

/// <summary>A block or flow mapping with its entries in source order.</summary>
public sealed class YamlMappingSyntax : YamlNodeSyntax, IYamlParentSyntax
{
    internal YamlMappingSyntax(TextSpan span, TextSpan fullSpan, string? anchor, string? tag, bool isFlow, IReadOnlyList<YamlKeyValueSyntax> entries)
        : base(span, fullSpan, anchor, tag)
    {
        IsFlow = isFlow;
        Entries = entries;
        foreach (var entry in entries)
        {
            entry.Mapping = this;
        }
    }

    public bool IsFlow { get; }

    public IReadOnlyList<YamlKeyValueSyntax> Entries { get; }

    /// <summary>Returns the entry written with this key in this mapping, ignoring merged entries.</summary>
    public YamlKeyValueSyntax? FindEntry(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.KeyText == key)
            {
                return entry;
            }
        }

        return null;
    }
}
