using Hardener.Compose;
using Hardener.Text;

namespace Hardener.Syntax.Yaml;

/// <summary>
/// Insertions addressed by key, such as "add this label to the service's labels", that create or fill
/// the entry as needed and respect merge keys.
/// </summary>
/// <remarks>
/// Edits go into the given mapping only, never into a mapping it merges (<c>&lt;&lt;: *defaults</c>) or an
/// anchored value it aliases, because other services share those. YAML merges are shallow, so a key
/// written in the mapping hides the merged one whole. When the key comes only from a merge or an alias,
/// the new entry therefore starts with a copy of the inherited items, and every service keeps what it had.
/// </remarks>
public static partial class YamlInsertion
{
    /// <summary>
    /// Appends an item to the sequence under a key: to the sequence written there, into an empty value,
    /// to a copy of an inherited sequence, or to a new entry when no value exists.
    /// </summary>
    /// <exception cref="InvalidOperationException">The key's value is not a sequence, so the caller must choose another form.</exception>
    public static IReadOnlyList<TextEdit> AppendToSequenceEntry(YamlDocumentSyntax document, YamlMappingSyntax mapping, string key, YamlValue item, YamlStyle? style = null)
    {
        style ??= YamlStyle.Detect(document);
        var own = mapping.FindEntry(key);
        if (own?.Value is YamlSequenceSyntax sequence)
        {
            return AppendToSequence(document, sequence, item, style);
        }

        if (own is not null && IsEmptyValue(own.Value))
        {
            return ReplaceValue(document, own, YamlValue.Sequence(item), style);
        }

        var inherited = own is null ? MergedMapping.GetValue(mapping, key) : MergedMapping.Resolve(own.Value);
        var items = inherited switch
        {
            null => [],
            YamlSequenceSyntax shared => shared.Items.Select(node => YamlValue.Copy(document, node)).ToList(),
            _ => throw NotA("sequence", key, inherited),
        };

        items.Add(item);
        return own is null
            ? AddMappingEntry(document, mapping, key, YamlValue.Sequence(items), style)
            : ReplaceValue(document, own, YamlValue.Sequence(items), style);
    }

    /// <summary>
    /// Adds <c>entryKey: value</c> to the mapping under a key: to the mapping written there, into an empty
    /// value, to a copy of an inherited mapping, or to a new entry when no value exists.
    /// </summary>
    /// <exception cref="InvalidOperationException">The key's value is not a mapping, or it already has <paramref name="entryKey"/>.</exception>
    public static IReadOnlyList<TextEdit> AddToMappingEntry(YamlDocumentSyntax document, YamlMappingSyntax mapping, string key, string entryKey, YamlValue value, YamlStyle? style = null)
    {
        style ??= YamlStyle.Detect(document);
        var own = mapping.FindEntry(key);
        if (own?.Value is YamlMappingSyntax nested)
        {
            return AddMappingEntry(document, nested, entryKey, value, style);
        }

        var added = new KeyValuePair<YamlValue, YamlValue>(YamlValue.Scalar(entryKey), value);
        if (own is not null && IsEmptyValue(own.Value))
        {
            return ReplaceValue(document, own, new YamlValue.MappingValue([added]), style);
        }

        var inherited = own is null ? MergedMapping.GetValue(mapping, key) : MergedMapping.Resolve(own.Value);
        var entries = inherited switch
        {
            null => [],
            YamlMappingSyntax shared when MergedMapping.FindEntry(shared, entryKey) is not null =>
                throw new InvalidOperationException($"The mapping under '{key}' already has the key '{entryKey}'."),
            YamlMappingSyntax shared => ((YamlValue.MappingValue)YamlValue.Copy(document, shared)).Entries.ToList(),
            _ => throw NotA("mapping", key, inherited),
        };

        entries.Add(added);
        return own is null
            ? AddMappingEntry(document, mapping, key, new YamlValue.MappingValue(entries), style)
            : ReplaceValue(document, own, new YamlValue.MappingValue(entries), style);
    }

    private static InvalidOperationException NotA(string expected, string key, YamlNodeSyntax found) =>
        new($"The value of '{key}' is a {Describe(found)}, not a {expected}. Convert it or choose the {Describe(found)} form.");

    private static string Describe(YamlNodeSyntax node) => node switch
    {
        YamlSequenceSyntax => "sequence",
        YamlMappingSyntax => "mapping",
        _ => "scalar",
    };
}
