using Hardener.Compose;
using Hardener.Syntax.Yaml;
using Hardener.Tests.Support;
using Hardener.Text;

namespace Hardener.Tests.Corpus;

/// <summary>
/// Inserts a label and a network into every service of every corpus compose file. Each result must
/// parse, Compose's view of the service must have the new value, other services must keep theirs,
/// and the original lines must all remain in order.
/// </summary>
public sealed class YamlInsertionCorpusTests(ITestOutputHelper output)
{
    private const string LabelKey = "hardener.test";
    private const string LabelItem = LabelKey + "=1";
    private const string Network = "hardener-internal";

    [Fact]
    public void AddLabel_EveryService_KeepsOtherLines()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var (path, text) in ReadCorpus())
        {
            var compose = ComposeFile.From(Parse(text));
            foreach (var service in compose.Services.Where(service => service.Mapping is not null))
            {
                var (kind, edits) = AddLabel(compose.Syntax, service);
                Count(counts, kind);
                failures.AddRange(Check(path, text, service.Name, kind, edits, "labels", HasLabel));
            }
        }

        Report("labels", counts);
        Assert.Empty(failures);
    }

    [Fact]
    public void AddNetwork_EveryService_KeepsOtherLines()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var (path, text) in ReadCorpus())
        {
            var compose = ComposeFile.From(Parse(text));
            foreach (var service in compose.Services.Where(service => service.Mapping is not null))
            {
                var (kind, edits) = AddNetwork(compose.Syntax, service);
                Count(counts, kind);
                failures.AddRange(Check(path, text, service.Name, kind, edits, "networks", HasNetwork));
            }
        }

        Report("networks", counts);
        Assert.Empty(failures);
    }

    /// <summary>
    /// Builds a network split the way a pass would, in one engine step: a label and a network for every
    /// service, then the top-level network, combined so that insertions sharing an offset nest correctly.
    /// </summary>
    [Fact]
    public void NetworkSplit_WholeFileInOneStep_Parses()
    {
        var failures = new List<string>();
        var files = 0;
        var styles = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (path, text) in ReadCorpus())
        {
            var document = Parse(text);
            var detected = YamlStyle.Detect(document);
            Count(styles, $"unit {detected.IndentUnit}");
            Count(styles, detected.IndentSequences ? "indented dashes" : "flush dashes");
            Count(styles, $"{detected.PreferredQuote}");
            Count(styles, detected.NewLine == "\r\n" ? "CRLF" : "LF");
            Count(styles, text.EndsWith('\n') ? "final newline" : "no final newline");
            var compose = ComposeFile.From(document);
            var root = compose.Root;
            if (root is null)
            {
                continue;
            }

            var style = YamlStyle.Detect(document);
            var services = compose.Services.Where(service => service.Mapping is not null).ToList();
            var edits = new List<TextEdit>();
            foreach (var service in services)
            {
                edits.AddRange(AddLabel(document, service, style).Edits);
                edits.AddRange(AddNetwork(document, service, style).Edits);
            }

            edits.AddRange(YamlInsertion.AddToMappingEntry(document, root, "networks", Network, YamlValue.EmptyMapping, style));
            files++;

            var result = TextEditor.Apply(text, YamlInsertion.CombineEdits(edits));
            var reparsed = YamlSyntaxParser.Parse(result, path);
            if (!reparsed.IsEditable)
            {
                failures.Add($"{path}: the result does not parse: {string.Join("; ", reparsed.Diagnostics)}");
                continue;
            }

            var edited = ComposeFile.From(reparsed.Document!);
            failures.AddRange(services
                .Where(service => edited.FindService(service.Name) is not { } after || !HasLabel(after) || !HasNetwork(after))
                .Select(service => $"{path}: service '{service.Name}' lacks the label or the network"));
            if (edited.Root is null || MergedMapping.GetValue(edited.Root, "networks") is not YamlMappingSyntax networks || networks.FindEntry(Network) is null)
            {
                failures.Add($"{path}: the top-level networks block lacks '{Network}'");
            }
        }

        output.WriteLine($"network split: {files} files");
        Report("styles", styles);
        failures.ForEach(output.WriteLine);
        Assert.Empty(failures);
    }

    private static (string Kind, IReadOnlyList<TextEdit> Edits) AddLabel(YamlDocumentSyntax document, ComposeService service, YamlStyle? style = null)
    {
        var mapping = service.Mapping!;
        var kind = Classify(mapping, "labels");
        var edits = service.Get("labels") is YamlMappingSyntax
            ? YamlInsertion.AddToMappingEntry(document, mapping, "labels", LabelKey, "1", style)
            : YamlInsertion.AppendToSequenceEntry(document, mapping, "labels", LabelItem, style);
        return (kind, edits);
    }

    private static (string Kind, IReadOnlyList<TextEdit> Edits) AddNetwork(YamlDocumentSyntax document, ComposeService service, YamlStyle? style = null)
    {
        var mapping = service.Mapping!;
        var kind = Classify(mapping, "networks");
        var edits = service.Get("networks") is YamlMappingSyntax
            ? YamlInsertion.AddToMappingEntry(document, mapping, "networks", Network, YamlValue.EmptyMapping, style)
            : YamlInsertion.AppendToSequenceEntry(document, mapping, "networks", Network, style);
        return (kind, edits);
    }

    /// <summary>Names the shape the insertion starts from, for the coverage report and the line check.</summary>
    private static string Classify(YamlMappingSyntax mapping, string key)
    {
        var own = mapping.FindEntry(key);
        return own?.Value switch
        {
            null when MergedMapping.GetValue(mapping, key) is not null => "inherited",
            null => "missing",
            YamlAliasSyntax => "alias",
            YamlSequenceSyntax { IsFlow: true } => "flow-sequence",
            YamlSequenceSyntax => "block-sequence",
            YamlMappingSyntax { IsFlow: true } => "flow-mapping",
            YamlMappingSyntax => "block-mapping",
            var value when YamlInsertion.IsEmptyValue(value) => "empty",
            _ => "scalar",
        };
    }

    private static bool HasLabel(ComposeService service) => service.Get("labels") switch
    {
        YamlSequenceSyntax sequence => sequence.Items.Any(item => MergedMapping.Resolve(item) is YamlScalarSyntax { Value: LabelItem }),
        YamlMappingSyntax mapping => MergedMapping.GetValue(mapping, LabelKey) is YamlScalarSyntax { Value: "1" },
        _ => false,
    };

    private static bool HasNetwork(ComposeService service) => service.Get("networks") switch
    {
        YamlSequenceSyntax sequence => sequence.Items.Any(item => MergedMapping.Resolve(item) is YamlScalarSyntax { Value: Network }),
        YamlMappingSyntax mapping => MergedMapping.GetValue(mapping, Network) is YamlMappingSyntax,
        _ => false,
    };

    private static List<string> Check(string path, string text, string serviceName, string kind, IReadOnlyList<TextEdit> edits, string key, Func<ComposeService, bool> hasValue)
    {
        var where = $"{path}: service '{serviceName}' ({key}, {kind})";
        var result = TextEditor.Apply(text, edits);
        var reparsed = YamlSyntaxParser.Parse(result, path);
        if (!reparsed.IsEditable)
        {
            return [$"{where}: the result does not parse: {string.Join("; ", reparsed.Diagnostics)}"];
        }

        var failures = new List<string>();
        var before = ComposeFile.From(Parse(text));
        var after = ComposeFile.From(reparsed.Document!);
        if (after.FindService(serviceName) is not { } edited || !hasValue(edited))
        {
            failures.Add($"{where}: the service does not have the new value");
        }

        foreach (var other in before.Services.Where(service => service.Name != serviceName))
        {
            if (ValueText(before, other.Name, key) != ValueText(after, other.Name, key))
            {
                failures.Add($"{where}: service '{other.Name}' changed its {key}");
            }
        }

        // Flow collections, empty values and aliases change the line of their key, and every other line stays.
        var allowedChangedLines = kind is "flow-sequence" or "flow-mapping" or "empty" or "alias" ? 1 : 0;
        var missing = CountMissingLines(text, result);
        if (missing > allowedChangedLines)
        {
            failures.Add($"{where}: {missing} original lines are missing or out of order");
        }

        return failures;
    }

    private static string? ValueText(ComposeFile compose, string serviceName, string key) =>
        compose.FindService(serviceName)?.Get(key) is { } value ? compose.Syntax.GetText(value.Span) : null;

    /// <summary>Counts original lines that do not appear, in order, among the result's lines.</summary>
    private static int CountMissingLines(string original, string result)
    {
        var resultLines = result.Split('\n');
        var position = 0;
        var missing = 0;
        foreach (var line in original.Split('\n'))
        {
            var found = Array.IndexOf(resultLines, line, position);
            if (found < 0)
            {
                missing++;
                continue;
            }

            position = found + 1;
        }

        return missing;
    }

    private static IEnumerable<(string Path, string Text)> ReadCorpus()
    {
        foreach (var folder in RepositoryPaths.CorpusTemplatesOrSkip())
        {
            var path = Path.Combine(folder, "docker-compose.yml");
            var text = File.ReadAllText(path).TrimStart('\uFEFF');
            if (YamlSyntaxParser.Parse(text, path).IsEditable)
            {
                yield return (path, text);
            }
        }
    }

    private static YamlDocumentSyntax Parse(string text) => YamlSyntaxParser.Parse(text, "docker-compose.yml").Document!;

    private static void Count(SortedDictionary<string, int> counts, string kind) => counts[kind] = counts.GetValueOrDefault(kind) + 1;

    private void Report(string title, SortedDictionary<string, int> counts) =>
        output.WriteLine($"{title}: " + string.Join(", ", counts.Select(pair => $"{pair.Key} {pair.Value}")));
}
