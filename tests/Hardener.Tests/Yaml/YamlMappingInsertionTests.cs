using Hardener.Syntax.Yaml;
using static Hardener.Tests.Yaml.YamlInsertionTestHelpers;

namespace Hardener.Tests.Yaml;

public sealed class YamlMappingInsertionTests
{
    [Fact]
    public void AddMappingEntry_AfterNestedBlock_UsesMappingColumn()
    {
        const string text = """
            services:
              web:
                image: nginx
                environment:
                  A: 1
                  B: 2 # last

              db:
                image: postgres
            """;

        var result = Apply(text, document => YamlInsertion.AddMappingEntry(document, FindMapping(document, "services.web"), "read_only", YamlValue.Raw("true")));

        Assert.Equal("""
            services:
              web:
                image: nginx
                environment:
                  A: 1
                  B: 2 # last
                read_only: true

              db:
                image: postgres
            """, result);
        Assert.Equal("true", Assert.IsType<YamlScalarSyntax>(Find(Parse(result), "services.web.read_only")).Value);
    }

    [Theory]
    [InlineData("labels: {a: b}\n", "labels: {a: b, c: d}\n")]
    [InlineData("labels: { a: b }\n", "labels: { a: b, c: d }\n")]
    [InlineData("labels: {}\n", "labels: {c: d}\n")]
    [InlineData("labels: {\n  a: b\n}\n", "labels: {\n  a: b,\n  c: d\n}\n")]
    public void AddMappingEntry_Flow_KeepsLayout(string text, string expected)
    {
        var result = Apply(text, document => YamlInsertion.AddMappingEntry(document, FindMapping(document, "labels"), "c", "d"));

        Assert.Equal(expected, result);
        Assert.Equal("d", Assert.IsType<YamlScalarSyntax>(Find(Parse(result), "labels.c")).Value);
    }

    [Fact]
    public void AddMappingEntry_ExistingKey_Throws()
    {
        var document = Parse("a: 1\n");

        Assert.Throws<InvalidOperationException>(() => YamlInsertion.AddMappingEntry(document, FindMapping(document, ""), "a", "2"));
    }

    [Fact]
    public void AddBlock_ServiceNetworks_IndentedDashes()
    {
        const string text = """
            services:
              web:
                image: nginx
                ports:
                  - 80
            """;

        var result = Apply(text, document => YamlInsertion.AddBlock(document, FindMapping(document, "services.web"), "networks", ["app-net", "dokploy-network"]));

        Assert.Equal("""
            services:
              web:
                image: nginx
                ports:
                  - 80
                networks:
                  - app-net
                  - dokploy-network
            """, result);
        Assert.Equal(["app-net", "dokploy-network"], Values(FindSequence(Parse(result), "services.web.networks")));
    }

    [Fact]
    public void AddBlock_FourSpacesFlushDashes_FollowsFile()
    {
        const string text = """
            services:
                web:
                    image: nginx
                    volumes:
                    - data:/data
            volumes:
                data: {}

            """;

        var result = Apply(text, document => YamlInsertion.AddBlock(document, FindMapping(document, "services.web"), "networks", ["app-net"]));

        Assert.Equal("""
            services:
                web:
                    image: nginx
                    volumes:
                    - data:/data
                    networks:
                    - app-net
            volumes:
                data: {}

            """, result);
    }

    [Theory]
    [InlineData("  ", true)]
    [InlineData("    ", false)]
    public void AddBlock_TopLevelNetworks_NestsMappings(string unit, bool indentSequences)
    {
        var dash = indentSequences ? unit : "";
        var text = $"services:\n{unit}web:\n{unit}{unit}networks:\n{unit}{unit}{dash}- app-net\n";
        (string, YamlValue)[] networks =
        [
            ("app-net", YamlValue.EmptyMapping),
            ("dokploy-network", YamlValue.Mapping(("external", YamlValue.Raw("true")))),
        ];

        var result = Apply(text, document => YamlInsertion.AddBlock(document, FindMapping(document, ""), "networks", networks));

        Assert.Equal(text[..^1] + $"\nnetworks:\n{unit}app-net: {{}}\n{unit}dokploy-network:\n{unit}{unit}external: true\n", result);
        Assert.IsType<YamlMappingSyntax>(Find(Parse(result), "networks.app-net"));
    }

    [Fact]
    public void AddBlock_CrLfNoFinalNewline_KeepsEnding()
    {
        const string text = "services:\r\n  web:\r\n    image: x";

        var result = Apply(text, document => YamlInsertion.AddBlock(document, FindMapping(document, "services.web"), "cap_drop", ["ALL"]));

        Assert.Equal("services:\r\n  web:\r\n    image: x\r\n    cap_drop:\r\n      - ALL", result);
    }

    [Fact]
    public void AddMappingEntry_LastValueBlockScalar_GoesAfterIt()
    {
        const string text = "web:\n  command: >\n    run\n    now\n\n# end\n";

        var result = Apply(text, document => YamlInsertion.AddMappingEntry(document, FindMapping(document, "web"), "read_only", YamlValue.Raw("true")));

        Assert.Equal("web:\n  command: >\n    run\n    now\n  read_only: true\n\n# end\n", result);
        Assert.Equal("run now\n", Assert.IsType<YamlScalarSyntax>(Find(Parse(result), "web.command")).Value);
    }

    [Fact]
    public void AddMappingEntry_MappingInSequenceItem_UsesKeyColumn()
    {
        const string text = "items:\n  - name: a\n    size: 1\n  - name: b\n";

        var result = Apply(text, document =>
            YamlInsertion.AddMappingEntry(document, Assert.IsType<YamlMappingSyntax>(FindSequence(document, "items").Items[0]), "tag", "x"));

        Assert.Equal("items:\n  - name: a\n    size: 1\n    tag: x\n  - name: b\n", result);
    }

    [Fact]
    public void SetMappingEntry_QuotedScalar_KeepsQuoteStyle()
    {
        var result = Apply("a: 'old' # note\n", document => YamlInsertion.SetMappingEntry(document, FindMapping(document, ""), "a", "new"));

        Assert.Equal("a: 'new' # note\n", result);
    }

    [Fact]
    public void SetMappingEntry_MissingKey_AddsEntry()
    {
        var result = Apply("a: 1\n", document => YamlInsertion.SetMappingEntry(document, FindMapping(document, ""), "b", "2"));

        Assert.Equal("a: 1\nb: \"2\"\n", result);
    }

    [Fact]
    public void SetMappingEntry_ScalarToSequence_MovesValueBelowKey()
    {
        var result = Apply("a: x # note\nb: 1\n", document =>
            YamlInsertion.SetMappingEntry(document, FindMapping(document, ""), "a", YamlValue.Sequence("p", "q")));

        Assert.Equal("a: # note\n  - p\n  - q\nb: 1\n", result);
    }

    [Theory]
    [InlineData("  ")]
    [InlineData("")]
    public void CombineEdits_SharedOffset_NestsEachLine(string dashIndent)
    {
        var text = $"services:\n  web:\n    networks:\n    {dashIndent}- a\n";

        var result = Apply(text, document =>
        {
            var web = FindMapping(document, "services.web");
            var labels = YamlInsertion.AddBlock(document, web, "labels", ["x=1"]);
            var network = YamlInsertion.AppendToSequence(document, FindSequence(document, "services.web.networks"), "b");
            var topLevel = YamlInsertion.AddBlock(document, FindMapping(document, ""), "networks", [("b", YamlValue.EmptyMapping)]);
            return YamlInsertion.CombineEdits([.. topLevel, .. labels, .. network]);
        });

        var edited = Parse(result);
        Assert.Equal(["a", "b"], Values(FindSequence(edited, "services.web.networks")));
        Assert.Equal(["x=1"], Values(FindSequence(edited, "services.web.labels")));
        Assert.IsType<YamlMappingSyntax>(Find(edited, "networks.b"));
    }
}
