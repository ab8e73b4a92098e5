using Hardener.Syntax.Yaml;

namespace Hardener.Compose;

/// <summary>
/// Reads a mapping the way Compose sees it: aliases resolved and merge keys (<c>&lt;&lt;: *anchor</c>)
/// applied, with keys written in the mapping itself taking precedence over merged ones.
/// </summary>
public static class MergedMapping
{
    private const int MaxDepth = 32;

    /// <summary>Returns the node an alias points to, or the node itself.</summary>
    public static YamlNodeSyntax? Resolve(YamlNodeSyntax? node)
    {
        for (var depth = 0; node is YamlAliasSyntax alias && depth < MaxDepth; depth++)
        {
            node = alias.Target;
        }

        return node is YamlAliasSyntax ? null : node;
    }

    /// <summary>Finds the entry that supplies the key, searching merged mappings when the mapping does not write it.</summary>
    public static YamlKeyValueSyntax? FindEntry(YamlMappingSyntax mapping, string key) => FindEntry(mapping, key, 0);

    /// <summary>Returns the resolved value of the key, or null when no entry supplies it.</summary>
    public static YamlNodeSyntax? GetValue(YamlMappingSyntax mapping, string key) => Resolve(FindEntry(mapping, key)?.Value);

    /// <summary>Lists the entries Compose sees, own entries first, then merged entries whose keys are not written here.</summary>
    public static IReadOnlyList<YamlKeyValueSyntax> GetEntries(YamlMappingSyntax mapping)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<YamlKeyValueSyntax>();
        Collect(mapping, seen, entries, 0);
        return entries;
    }

    private static YamlKeyValueSyntax? FindEntry(YamlMappingSyntax mapping, string key, int depth)
    {
        if (mapping.FindEntry(key) is { } own)
        {
            return own;
        }

        if (depth >= MaxDepth)
        {
            return null;
        }

        foreach (var source in MergeSources(mapping))
        {
            if (FindEntry(source, key, depth + 1) is { } merged)
            {
                return merged;
            }
        }

        return null;
    }

    private static void Collect(YamlMappingSyntax mapping, HashSet<string> seen, List<YamlKeyValueSyntax> entries, int depth)
    {
        foreach (var entry in mapping.Entries)
        {
            if (!entry.IsMerge && entry.KeyText is { } key && seen.Add(key))
            {
                entries.Add(entry);
            }
        }

        if (depth >= MaxDepth)
        {
            return;
        }

        foreach (var source in MergeSources(mapping))
        {
            Collect(source, seen, entries, depth + 1);
        }
    }

    /// <summary>Lists the mappings merged into this one, in precedence order.</summary>
    public static IEnumerable<YamlMappingSyntax> MergeSources(YamlMappingSyntax mapping)
    {
        foreach (var entry in mapping.Entries)
        {
            if (!entry.IsMerge)
            {
                continue;
            }

            var value = Resolve(entry.Value);
            if (value is YamlMappingSyntax single)
            {
                yield return single;
            }
            else if (value is YamlSequenceSyntax list)
            {
                foreach (var item in list.Items)
                {
                    if (Resolve(item) is YamlMappingSyntax merged)
                    {
                        yield return merged;
                    }
                }
            }
        }
    }
}
