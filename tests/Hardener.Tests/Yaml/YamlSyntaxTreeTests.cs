using Hardener.Compose;
using Hardener.Engine;
using Hardener.Syntax.Yaml;
using Hardener.Tests.Support;
using Hardener.Text;

namespace Hardener.Tests.Yaml;

public sealed class YamlSyntaxTreeTests
{
    private const string Path = "docker-compose.yml";

    [Theory]
    [InlineData("services:\n  web:\n    image: nginx\n")]
    [InlineData("services:\r\n  web:\r\n    image: nginx\r\n")]
    [InlineData("services:\n  web:\n    image: nginx")]
    [InlineData("# top\n\nservices: # note\n  web:   {image: nginx}   # end\n\n\n")]
    [InlineData("a: |\n  one\n\n  two\n\n\nb: 1\n")]
    public void Parse_Text_RoundTripsAndSpansHold(string text)
    {
        var result = YamlSyntaxParser.Parse(text, Path);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Document);
        Assert.Equal(text, result.Document.ToString());
        Assert.Empty(SyntaxTreeInvariants.Check(result.Document));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Parse_LineEnding_ScalarSpansAreExact(string newLine)
    {
        var text = $"a: one{newLine}b: 'two'{newLine}c: \"three\"{newLine}";

        var root = ParseMapping(text);

        Assert.Equal("one", Text(text, root.Entries[0].Value.Span));
        Assert.Equal("'two'", Text(text, root.Entries[1].Value.Span));
        Assert.Equal("\"three\"", Text(text, root.Entries[2].Value.Span));
        Assert.Equal(new TextSpan(0, text.IndexOf("c:", StringComparison.Ordinal) + 10), root.Span);
    }

    [Fact]
    public void Parse_NoFinalNewline_SpanEndsAtEnd()
    {
        const string text = "a: 1\nb: last";

        var root = ParseMapping(text);

        Assert.Equal(new TextSpan(8, 12), root.Entries[1].Value.Span);
        Assert.Equal(text.Length, root.Span.End);
    }

    [Fact]
    public void Parse_DocumentLines_MapCrLfPositions()
    {
        const string text = "a: 1\r\nb: 2\r\n";

        var document = YamlSyntaxParser.Parse(text, Path).Document!;

        Assert.Equal("\r\n", document.NewLine);
        Assert.Equal(new LinePosition(2, 4), document.Lines.GetPosition(text.IndexOf('2')));
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', (byte)':', (byte)' ', (byte)'1', (byte)'\r', (byte)'\n' })]
    [InlineData(new byte[] { (byte)'a', (byte)':', (byte)' ', (byte)'1' })]
    public void SourceFile_ReadThenToBytes_KeepsBytes(byte[] bytes)
    {
        using var temporary = new TemporaryFolder();
        var path = System.IO.Path.Combine(temporary.Path, Path);
        File.WriteAllBytes(path, bytes);

        var file = SourceFile.Read(path);
        var parse = YamlSyntaxParser.Parse(file.Text, path);

        Assert.Equal(bytes, file.ToBytes());
        Assert.DoesNotContain('\uFEFF', file.Text);
        Assert.Equal(0, ParseMapping(file.Text).Span.Start);
        Assert.Equal(file.Text, parse.Document!.ToString());
    }

    [Fact]
    public void Parse_FlowSequenceWithComments_KeepsComments()
    {
        const string text = "b: [x] # c\n# c\nd: {k: v} # e\n";

        var result = YamlSyntaxParser.Parse(text, Path);

        Assert.Empty(result.Diagnostics);
        var document = result.Document!;
        Assert.Equal(["# c", "# c", "# e"], document.Comments.Select(comment => Text(text, comment.Span)));
        var root = (YamlMappingSyntax)document.Root!;
        var sequence = Assert.IsType<YamlSequenceSyntax>(root.Entries[0].Value);
        Assert.True(sequence.IsFlow);
        Assert.Equal("[x]", Text(text, sequence.Span));
        var mapping = Assert.IsType<YamlMappingSyntax>(root.Entries[1].Value);
        Assert.True(mapping.IsFlow);
        Assert.Equal("{k: v}", Text(text, mapping.Span));
        Assert.True(((YamlScalarSyntax)mapping.Entries[0].Value).IsInFlowCollection);
    }

    [Theory]
    [InlineData("a: |\n  one\n  two\n\n\nb: 1\n", "|\n  one\n  two", "one\ntwo\n", YamlScalarStyle.Literal)]
    [InlineData("a: >-\n  one\n  two\n\nb: 1\n", ">-\n  one\n  two", "one two", YamlScalarStyle.Folded)]
    [InlineData("a: |+\n  one\n\n\nb: 1\n", "|+\n  one", "one\n\n\n", YamlScalarStyle.Literal)]
    [InlineData("a: |\n  one\n  \n", "|\n  one", "one\n", YamlScalarStyle.Literal)]
    [InlineData("a: |\n  one\r\n\r\nb: 1\r\n", "|\n  one", "one\n", YamlScalarStyle.Literal)]
    public void Parse_BlockScalar_SpanExcludesTrailingBlankLines(string text, string expectedSpanText, string expectedValue, YamlScalarStyle expectedStyle)
    {
        var scalar = (YamlScalarSyntax)ParseMapping(text).Entries[0].Value;

        Assert.Equal(expectedSpanText, Text(text, scalar.Span));
        Assert.Equal(expectedValue, scalar.Value);
        Assert.Equal(expectedStyle, scalar.Style);
        Assert.True(scalar.IsBlock);
    }

    [Fact]
    public void Parse_BlockScalarTrailingSpaces_StayInSpan()
    {
        const string text = "a: |\n  one  \nb: 1\n";

        var scalar = (YamlScalarSyntax)ParseMapping(text).Entries[0].Value;

        Assert.Equal("one  \n", scalar.Value);
        Assert.Equal("|\n  one  ", Text(text, scalar.Span));
    }

    [Fact]
    public void Parse_AnchorAndAlias_AliasTargetsAnchoredNode()
    {
        const string text = "x: &img nginx:1\ny: *img\n";

        var root = ParseMapping(text);

        var anchored = (YamlScalarSyntax)root.Entries[0].Value;
        Assert.Equal("img", anchored.Anchor);
        Assert.Equal("&img nginx:1", Text(text, anchored.FullSpan));
        Assert.Equal("nginx:1", Text(text, anchored.Span));
        var alias = Assert.IsType<YamlAliasSyntax>(root.Entries[1].Value);
        Assert.Equal("img", alias.Name);
        Assert.Same(anchored, alias.Target);
        Assert.Equal("*img", Text(text, alias.Span));
    }

    [Theory]
    [InlineData("a: *missing\n", 1, 4)]
    [InlineData("y: *later\nx: &later v\n", 1, 4)]
    [InlineData("x: &a 1\ny:\n  - *a\n  - *b\n", 4, 5)]
    public void Parse_UnknownAlias_ReportsSyntaxError(string text, int line, int column)
    {
        var result = YamlSyntaxParser.Parse(text, Path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(YamlSyntaxParser.SyntaxErrorId, diagnostic.RuleId);
        Assert.Equal(new LinePosition(line, column), diagnostic.Position);
        Assert.Contains("names no anchor", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(result.Document);
    }

    [Fact]
    public void Parse_BareDocumentMarker_HasEmptyScalarRoot()
    {
        var result = YamlSyntaxParser.Parse("---\n", Path);

        Assert.Empty(result.Diagnostics);
        var root = Assert.IsType<YamlScalarSyntax>(result.Document!.Root);
        Assert.True(root.IsEmpty);
    }

    [Fact]
    public void Parse_AnchoredMapping_FullSpanHasAnchor()
    {
        const string text = "base: &base\n  image: app\n  restart: always\n";

        var mapping = (YamlMappingSyntax)ParseMapping(text).Entries[0].Value;

        Assert.Equal("base", mapping.Anchor);
        Assert.Equal("image: app\n  restart: always", Text(text, mapping.Span));
        Assert.StartsWith("&base", Text(text, mapping.FullSpan), StringComparison.Ordinal);
    }

    [Fact]
    public void MergedMapping_SingleMergeKey_SuppliesMissingKeys()
    {
        const string text = """
            x: &x
              image: app:1
              restart: always
            s:
              <<: *x
              restart: "no"
            """;

        var service = (YamlMappingSyntax)ParseMapping(text).Entries[1].Value;

        Assert.True(service.Entries[0].IsMerge);
        Assert.Equal("app:1", ((YamlScalarSyntax)MergedMapping.GetValue(service, "image")!).Value);
        Assert.Equal("no", ((YamlScalarSyntax)MergedMapping.GetValue(service, "restart")!).Value);
        Assert.Equal(["restart", "image"], MergedMapping.GetEntries(service).Select(entry => entry.KeyText));
    }

    [Fact]
    public void MergedMapping_MergeList_EarlierSourceWins()
    {
        const string text = """
            a: &a {image: first, user: a}
            b: &b {image: second, init: true}
            s:
              <<: [*a, *b]
              user: own
            """;

        var service = (YamlMappingSyntax)ParseMapping(text).Entries[2].Value;

        Assert.Equal("first", ((YamlScalarSyntax)MergedMapping.GetValue(service, "image")!).Value);
        Assert.Equal("own", ((YamlScalarSyntax)MergedMapping.GetValue(service, "user")!).Value);
        Assert.Equal("true", ((YamlScalarSyntax)MergedMapping.GetValue(service, "init")!).Value);
        Assert.Equal(2, MergedMapping.MergeSources(service).Count());
    }

    [Fact]
    public void ComposeFile_AnchoredImage_ServicesShareOneScalar()
    {
        const string text = """
            x-base: &base
              image: app
            services:
              one:
                <<: *base
              two:
                <<: *base
                image: other
            """;

        var compose = ComposeFile.From(YamlSyntaxParser.Parse(text, Path).Document!);

        Assert.Equal(["one", "two"], compose.Services.Select(service => service.Name));
        Assert.Equal("app", compose.Services[0].Image!.Value);
        Assert.Equal("other", compose.Services[1].Image!.Value);
    }

    [Fact]
    public void Parse_Tag_SpanExcludesTag()
    {
        const string text = "a: !!str 123\nb: &n !!str 0x1\n";

        var root = ParseMapping(text);

        var tagged = (YamlScalarSyntax)root.Entries[0].Value;
        Assert.Equal("tag:yaml.org,2002:str", tagged.Tag);
        Assert.Equal("123", Text(text, tagged.Span));
        Assert.Equal("!!str 123", Text(text, tagged.FullSpan));
        var both = (YamlScalarSyntax)root.Entries[1].Value;
        Assert.Equal("n", both.Anchor);
        Assert.Equal("0x1", Text(text, both.Span));
        Assert.Equal("&n !!str 0x1", Text(text, both.FullSpan));
    }

    [Theory]
    [InlineData("a: 'it''s'\n", "it''s", "it's", YamlScalarStyle.SingleQuoted)]
    [InlineData("a: \"x\\ty\"\n", "x\\ty", "x\ty", YamlScalarStyle.DoubleQuoted)]
    [InlineData("a: \"\"\n", "", "", YamlScalarStyle.DoubleQuoted)]
    [InlineData("a: plain value\n", "plain value", "plain value", YamlScalarStyle.Plain)]
    public void Parse_Scalar_ContentSpanIsInsideQuotes(string text, string expectedContent, string expectedValue, YamlScalarStyle expectedStyle)
    {
        var scalar = (YamlScalarSyntax)ParseMapping(text).Entries[0].Value;

        Assert.Equal(expectedContent, Text(text, scalar.ContentSpan));
        Assert.Equal(expectedValue, scalar.Value);
        Assert.Equal(expectedStyle, scalar.Style);
    }

    [Fact]
    public void Parse_EmptyValue_IsEmptyScalar()
    {
        const string text = "a:\nb: 1\n";

        var scalar = (YamlScalarSyntax)ParseMapping(text).Entries[0].Value;

        Assert.True(scalar.IsEmpty);
        Assert.Equal("", scalar.Value);
    }

    [Fact]
    public void Parse_BlockSequence_SpanStartsAtDash()
    {
        const string text = "a:\n  - one\n  - two\n";

        var sequence = (YamlSequenceSyntax)ParseMapping(text).Entries[0].Value;

        Assert.False(sequence.IsFlow);
        Assert.Equal("- one\n  - two", Text(text, sequence.Span));
        Assert.Same(sequence, sequence.Items[1].Parent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("\n\n")]
    public void Parse_NoContent_HasNullRootAndNoDiagnostics(string text)
    {
        var result = YamlSyntaxParser.Parse(text, Path);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Document);
        Assert.Null(result.Document.Root);
        Assert.Equal(text, result.Document.ToString());
    }

    [Fact]
    public void Parse_MultipleDocuments_ReportsErrorAtStart()
    {
        const string text = "a: 1\n---\nb: 2\n---\nc: 3\n";

        var result = YamlSyntaxParser.Parse(text, Path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("yaml-multiple-documents", diagnostic.RuleId);
        Assert.Equal(new LinePosition(1, 1), diagnostic.Position);
        Assert.Contains("3 YAML documents", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(result.IsEditable);
    }

    [Theory]
    [InlineData("a: [\n\tx]\n", 2, 1)]
    [InlineData("a: {k: [1,\n  \t2]}\n", 2, 3)]
    public void Parse_TabIndentation_ReportsPosition(string text, int line, int column)
    {
        var result = YamlSyntaxParser.Parse(text, Path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("yaml-tab-indentation", diagnostic.RuleId);
        Assert.Equal(new LinePosition(line, column), diagnostic.Position);
        Assert.False(result.IsEditable);
    }

    [Fact]
    public void Parse_TabIndentedBlockMapping_IsNotEditable()
    {
        var result = YamlSyntaxParser.Parse("a:\n\tb: 1\n", Path);

        // YamlDotNet rejects the tab itself, at the mapping's start; the finding names the tab's own line.
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("yaml-tab-indentation", diagnostic.RuleId);
        Assert.Equal(new LinePosition(2, 1), diagnostic.Position);
        Assert.Contains("tab", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(result.IsEditable);
    }

    [Theory]
    [InlineData("a: |\n  one\n  \ttwo\nb: 1\n")]
    [InlineData("a: \"one\n  \ttwo\"\nb: 1\n")]
    [InlineData("a: 'x\ty'\n")]
    [InlineData("a:\tb\n")]
    public void Parse_TabOutsideIndentation_IsAccepted(string text)
    {
        var result = YamlSyntaxParser.Parse(text, Path);

        Assert.Empty(result.Diagnostics);
        Assert.True(result.IsEditable);
    }

    [Fact]
    public void Parse_DuplicateKey_ReportsSecondOccurrence()
    {
        const string text = "services:\n  web:\n    image: a\n    'image': b\n";

        var result = YamlSyntaxParser.Parse(text, Path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("yaml-duplicate-key", diagnostic.RuleId);
        Assert.Equal(new LinePosition(4, 5), diagnostic.Position);
        Assert.Contains("first on line 3", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(result.IsEditable);
    }

    [Fact]
    public void Parse_DuplicateKeyInFlowMapping_IsReported()
    {
        var result = YamlSyntaxParser.Parse("a: {x: 1, x: 2}\n", Path);

        Assert.Equal("yaml-duplicate-key", Assert.Single(result.Diagnostics).RuleId);
    }

    [Fact]
    public void Parse_RepeatedMergeKeys_AreAccepted()
    {
        const string text = "x: &x {a: 1}\ny: &y {b: 2}\ns:\n  <<: *x\n  <<: *y\n";

        var result = YamlSyntaxParser.Parse(text, Path);

        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("a: [1, 2\nb: 3\n")]
    [InlineData("a: 'open\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a:\n  - 1\n  b: 2\n")]
    [InlineData("- a\nb: 1\n")]
    [InlineData("%YAML 9.9\n---\na: 1\n")]
    [InlineData("a: \"\\q\"\n")]
    [InlineData("{")]
    [InlineData("a: 1\n---\nb: [\n")]
    public void Parse_InvalidYaml_ReportsSyntaxErrorWithoutThrowing(string text)
    {
        var result = YamlSyntaxParser.Parse(text, Path);

        Assert.False(result.IsEditable);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(YamlSyntaxParser.SyntaxErrorId, diagnostic.RuleId);
        Assert.True(diagnostic.Position.Line >= 1, $"line {diagnostic.Position.Line}");
        Assert.True(diagnostic.Position.Column >= 1, $"column {diagnostic.Position.Column}");
        Assert.StartsWith("invalid YAML: ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnclosedFlowSequence_ReportsItsLine()
    {
        const string text = "a: 1\nb: [1, 2\nc: 3\n";

        var diagnostic = Assert.Single(YamlSyntaxParser.Parse(text, Path).Diagnostics);

        Assert.Equal(2, diagnostic.Position.Line);
    }

    private static YamlMappingSyntax ParseMapping(string text)
    {
        var result = YamlSyntaxParser.Parse(text, Path);
        Assert.Empty(result.Diagnostics);
        return Assert.IsType<YamlMappingSyntax>(result.Document!.Root);
    }

    private static string Text(string text, TextSpan span) => text.Substring(span.Start, span.Length);
}
