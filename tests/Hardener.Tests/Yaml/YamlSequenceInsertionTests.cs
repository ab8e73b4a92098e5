using Hardener.Syntax.Yaml;
using static Hardener.Tests.Yaml.YamlInsertionTestHelpers;

namespace Hardener.Tests.Yaml;

public sealed class YamlSequenceInsertionTests
{
    [Fact]
    public void AppendToSequence_IndentedDashes_AddsLineAtDashColumn()
    {
        const string text = """
            services:
              web:
                labels:
                  - traefik.enable=true
                image: nginx
            """;

        var result = Apply(text, document => YamlInsertion.AppendToSequence(document, FindSequence(document, "services.web.labels"), "a=b"));

        Assert.Equal("""
            services:
              web:
                labels:
                  - traefik.enable=true
                  - a=b
                image: nginx
            """, result);
        Assert.Equal(["traefik.enable=true", "a=b"], Values(FindSequence(Parse(result), "services.web.labels")));
    }

    [Fact]
    public void AppendToSequence_FlushDashesFourSpaces_KeepsColumn()
    {
        const string text = """
            services:
                web:
                    labels:
                    - one
                    - two
                    image: nginx

            """;

        var result = Apply(text, document => YamlInsertion.AppendToSequence(document, FindSequence(document, "services.web.labels"), "three"));

        Assert.Equal("""
            services:
                web:
                    labels:
                    - one
                    - two
                    - three
                    image: nginx

            """, result);
    }

    [Fact]
    public void AppendToSequence_Comments_GoesBeforeLeadingComments()
    {
        const string text = """
            services:
              web:
                labels:
                  - one # first
                  # - disabled

                # the image
                image: nginx

            """;

        var result = Apply(text, document => YamlInsertion.AppendToSequence(document, FindSequence(document, "services.web.labels"), "two"));

        Assert.Equal("""
            services:
              web:
                labels:
                  - one # first
                  - two
                  # - disabled

                # the image
                image: nginx

            """, result);
    }

    [Fact]
    public void AppendToSequence_NoFinalNewline_StaysWithoutOne()
    {
        const string text = "services:\n  web:\n    networks:\n      - a";

        var result = Apply(text, document => YamlInsertion.AppendToSequence(document, FindSequence(document, "services.web.networks"), "b"));

        Assert.Equal("services:\n  web:\n    networks:\n      - a\n      - b", result);
    }

    [Fact]
    public void AppendToSequence_CrLf_InsertsCrLf()
    {
        const string text = "services:\r\n  web:\r\n    networks:\r\n    - a\r\n    image: x\r\n";

        var result = Apply(text, document => YamlInsertion.AppendToSequence(document, FindSequence(document, "services.web.networks"), "b"));

        Assert.Equal("services:\r\n  web:\r\n    networks:\r\n    - a\r\n    - b\r\n    image: x\r\n", result);
    }

    [Fact]
    public void AppendToSequence_LastItemBlockScalar_GoesAfterItsLastLine()
    {
        const string text = """
            command:
              - sh
              - |
                echo one

                echo two

            next: 1
            """;

        var result = Apply(text, document => YamlInsertion.AppendToSequence(document, FindSequence(document, "command"), "done"));

        Assert.Contains("    echo two\n  - done\n\nnext: 1", result);
        Assert.Equal("echo one\n\necho two\n", Assert.IsType<YamlScalarSyntax>(FindSequence(Parse(result), "command").Items[1]).Value);
    }

    [Fact]
    public void AppendToSequence_KeepChompedBlockScalar_KeepsTrailingBlankLines()
    {
        const string text = "items:\n  - |+\n    text\n\n\nnext: 1\n";

        var result = Apply(text, document => YamlInsertion.AppendToSequence(document, FindSequence(document, "items"), "b"));

        Assert.Equal("items:\n  - |+\n    text\n\n\n  - b\nnext: 1\n", result);
        Assert.Equal("text\n\n\n", Assert.IsType<YamlScalarSyntax>(FindSequence(Parse(result), "items").Items[0]).Value);
    }

    [Fact]
    public void AppendToSequence_WideDashGap_CopiesGap()
    {
        const string text = "list:\n  -   a\n";

        var result = Apply(text, document => YamlInsertion.AppendToSequence(document, FindSequence(document, "list"), "b"));

        Assert.Equal("list:\n  -   a\n  -   b\n", result);
    }

    [Theory]
    [InlineData("true", "\"true\"")]
    [InlineData("8080:80", "8080:80")]
    [InlineData("22:22", "\"22:22\"")]
    [InlineData("a: b", "\"a: b\"")]
    public void AppendToSequence_ValueNeedingQuotes_QuotesIt(string item, string written)
    {
        var result = Apply("list:\n  - x\n", document => YamlInsertion.AppendToSequence(document, FindSequence(document, "list"), item));

        Assert.Equal($"list:\n  - x\n  - {written}\n", result);
        Assert.Equal(["x", item], Values(FindSequence(Parse(result), "list")));
    }

    [Fact]
    public void AppendToSequence_FileQuotesSingle_UsesSingleQuotes()
    {
        const string text = "a: 'x'\nb: 'y'\nlist:\n  - 'one'\n";

        var quotedIfNeeded = Apply(text, document => YamlInsertion.AppendToSequence(document, FindSequence(document, "list"), "yes"));
        var forced = Apply(text, document => YamlInsertion.AppendToSequence(document, FindSequence(document, "list"), "two", forceQuotes: true));

        Assert.EndsWith("  - 'one'\n  - 'yes'\n", quotedIfNeeded);
        Assert.EndsWith("  - 'one'\n  - 'two'\n", forced);
    }

    [Fact]
    public void AppendToSequence_MappingItem_WritesCompactItem()
    {
        const string text = """
            env:
              - name: A
                value: "1"
            """;
        var item = YamlValue.Mapping(("name", "B"), ("value", YamlValue.Scalar("2", forceQuotes: true)));

        var result = Apply(text, document => YamlInsertion.AppendToSequence(document, FindSequence(document, "env"), item));

        Assert.Equal("""
            env:
              - name: A
                value: "1"
              - name: B
                value: "2"
            """, result);
    }

    [Theory]
    [InlineData("networks: [a, b]\n", "networks: [a, b, c]\n")]
    [InlineData("networks: [ a, b ]\n", "networks: [ a, b, c ]\n")]
    [InlineData("networks: []\n", "networks: [c]\n")]
    [InlineData("networks: [ ]\n", "networks: [c]\n")]
    [InlineData("networks: [a, b,]\n", "networks: [a, b, c,]\n")]
    [InlineData("networks: [a,\n  b]\n", "networks: [a,\n  b, c]\n")]
    [InlineData("networks: [\n  a,\n  b\n]\n", "networks: [\n  a,\n  b,\n  c\n]\n")]
    [InlineData("networks: [\n  a,\n  b # last\n]\n", "networks: [\n  a,\n  b, # last\n  c\n]\n")]
    [InlineData("networks: [\n  a,\n  b,\n]\n", "networks: [\n  a,\n  b,\n  c,\n]\n")]
    [InlineData("networks: [a,\n           b\n]\n", "networks: [a,\n           b,\n           c\n]\n")]
    [InlineData("networks: [a, b]", "networks: [a, b, c]")]
    public void AppendToSequence_Flow_KeepsLayout(string text, string expected)
    {
        var result = Apply(text, document => YamlInsertion.AppendToSequence(document, FindSequence(document, "networks"), "c"));

        Assert.Equal(expected, result);
        Assert.Equal("c", Values(FindSequence(Parse(result), "networks"))[^1]);
    }

    [Fact]
    public void AppendToSequence_FlowItemWithComma_QuotesIt()
    {
        var result = Apply("list: [a]\n", document => YamlInsertion.AppendToSequence(document, FindSequence(document, "list"), "b,c"));

        Assert.Equal("list: [a, \"b,c\"]\n", result);
    }
}
