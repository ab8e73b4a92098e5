using Hardener.Syntax.Yaml;
using Hardener.Text;

namespace Hardener.Tests.Yaml;

/// <summary>Applies insertion edits and reads the result back, so tests check both the text and the tree.</summary>
internal static class YamlInsertionTestHelpers
{
    private const string Path = "docker-compose.yml";

    public static YamlDocumentSyntax Parse(string text)
    {
        var result = YamlSyntaxParser.Parse(text, Path);
        Assert.True(result.IsEditable, string.Join("; ", result.Diagnostics));
        return result.Document!;
    }

    /// <summary>Applies the edits built for the parsed text and checks that the result parses and is editable.</summary>
    public static string Apply(string text, Func<YamlDocumentSyntax, IReadOnlyList<TextEdit>> buildEdits)
    {
        var document = Parse(text);
        var result = TextEditor.Apply(text, buildEdits(document));
        var reparsed = YamlSyntaxParser.Parse(result, Path);
        Assert.True(reparsed.IsEditable, $"The result does not parse:\n{result}\n{string.Join("; ", reparsed.Diagnostics)}");
        return result;
    }

    /// <summary>Returns the node at a dotted path of mapping keys, such as <c>services.web.labels</c>.</summary>
    public static YamlNodeSyntax Find(YamlDocumentSyntax document, string path)
    {
        var node = document.Root!;
        foreach (var key in path.Split('.'))
        {
            var mapping = Assert.IsType<YamlMappingSyntax>(node);
            node = Assert.IsType<YamlKeyValueSyntax>(mapping.FindEntry(key)).Value;
        }

        return node;
    }

    public static YamlMappingSyntax FindMapping(YamlDocumentSyntax document, string path) =>
        Assert.IsType<YamlMappingSyntax>(path.Length == 0 ? document.Root : Find(document, path));

    public static YamlSequenceSyntax FindSequence(YamlDocumentSyntax document, string path) =>
        Assert.IsType<YamlSequenceSyntax>(Find(document, path));

    /// <summary>Returns the values of a sequence of scalars.</summary>
    public static List<string> Values(YamlSequenceSyntax sequence) =>
        sequence.Items.Select(item => Assert.IsType<YamlScalarSyntax>(item).Value).ToList();
}
