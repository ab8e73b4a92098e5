namespace Hardener.Syntax.Yaml;

/// <summary>
/// A value to insert into a YAML file: a string, verbatim YAML text, or a sequence or mapping of values.
/// <see cref="YamlInsertion"/> lays it out in the style of the surrounding file.
/// </summary>
public abstract record YamlValue
{
    private YamlValue()
    {
    }

    /// <summary>A string, written plain when every YAML reader keeps it a string, else quoted.</summary>
    /// <param name="ForceQuotes">Quote even when a plain scalar would be safe, for lists whose items the file quotes.</param>
    public sealed record ScalarValue(string Value, bool ForceQuotes) : YamlValue;

    /// <summary>YAML text written as given on one line, such as <c>true</c>, <c>{}</c> or <c>*anchor</c>.</summary>
    public sealed record RawValue(string Text) : YamlValue;

    public sealed record SequenceValue(IReadOnlyList<YamlValue> Items) : YamlValue;

    /// <summary>A mapping whose keys are values too, so that a copied merge key (<c>&lt;&lt;</c>) stays unquoted.</summary>
    public sealed record MappingValue(IReadOnlyList<KeyValuePair<YamlValue, YamlValue>> Entries) : YamlValue;

    public static YamlValue Scalar(string value, bool forceQuotes = false) => new ScalarValue(value, forceQuotes);

    /// <summary>Creates a value that is written verbatim. The caller makes sure it is valid YAML on one line.</summary>
    public static YamlValue Raw(string text)
    {
        if (text.Contains('\n') || text.Contains('\r'))
        {
            throw new ArgumentException($"Raw YAML must fit on one line, but '{text}' contains a line break.", nameof(text));
        }

        return new RawValue(text);
    }

    public static YamlValue Sequence(params IEnumerable<YamlValue> items) => new SequenceValue(items.ToList());

    public static YamlValue Mapping(params IEnumerable<(string Key, YamlValue Value)> entries) =>
        new MappingValue(entries.Select(entry => new KeyValuePair<YamlValue, YamlValue>(Scalar(entry.Key), entry.Value)).ToList());

    /// <summary>An empty flow mapping, <c>{}</c>, as in a top-level <c>networks:</c> entry with default settings.</summary>
    public static YamlValue EmptyMapping { get; } = new RawValue("{}");

    public static implicit operator YamlValue(string value) => Scalar(value);

    /// <summary>
    /// Copies a node of a parsed document so that it can be written elsewhere. Single-line scalars and
    /// aliases keep their text as written. Anchors are dropped, because a second definition of an anchor
    /// would change what later aliases point to. Multi-line and block scalars become quoted strings with
    /// the same value, because their text cannot move to another indentation unchanged.
    /// </summary>
    public static YamlValue Copy(YamlDocumentSyntax document, YamlNodeSyntax node) => node switch
    {
        YamlAliasSyntax alias => new RawValue("*" + alias.Name),
        YamlScalarSyntax { IsEmpty: true } => new RawValue("null"),
        YamlScalarSyntax scalar when CanCopyText(document, scalar) => new RawValue(document.GetText(scalar.Span)),
        YamlScalarSyntax scalar => new ScalarValue(scalar.Value, ForceQuotes: true),
        YamlSequenceSyntax sequence => new SequenceValue(sequence.Items.Select(item => Copy(document, item)).ToList()),
        YamlMappingSyntax mapping => new MappingValue(mapping.Entries
            .Select(entry => new KeyValuePair<YamlValue, YamlValue>(CopyKey(document, entry), Copy(document, entry.Value)))
            .ToList()),
        _ => throw new ArgumentException($"Cannot copy a node of type {node.GetType().Name}.", nameof(node)),
    };

    // A merge key may be written with its tag (!!merge <<), but a quoted "<<" would be an ordinary key.
    private static YamlValue CopyKey(YamlDocumentSyntax document, YamlKeyValueSyntax entry) =>
        entry.IsMerge ? new RawValue("<<") : Copy(document, entry.Key);

    // NOTE: a tagged scalar (!!int 80) becomes a quoted string, because the tree keeps only the resolved
    // tag and not its text as written. The only tag in the corpus compose files is !!merge on merge keys.
    private static bool CanCopyText(YamlDocumentSyntax document, YamlScalarSyntax scalar) =>
        !scalar.IsBlock && scalar.Tag is null && document.GetText(scalar.Span).IndexOfAny(['\r', '\n']) < 0;
}
