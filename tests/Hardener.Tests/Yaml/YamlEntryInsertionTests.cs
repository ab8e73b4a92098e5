using Hardener.Compose;
using Hardener.Syntax.Yaml;
using static Hardener.Tests.Yaml.YamlInsertionTestHelpers;

namespace Hardener.Tests.Yaml;

public sealed class YamlEntryInsertionTests
{
    [Theory]
    [InlineData("web:\n  labels:\n  image: x\n", "web:\n  labels:\n    - a=b\n  image: x\n")]
    [InlineData("web:\n  labels: # none yet\n  image: x\n", "web:\n  labels: # none yet\n    - a=b\n  image: x\n")]
    [InlineData("web:\n  labels: ~\n  image: x\n", "web:\n  labels:\n    - a=b\n  image: x\n")]
    [InlineData("web:\n  labels: null # none\n", "web:\n  labels: # none\n    - a=b\n")]
    [InlineData("web:\n  labels:", "web:\n  labels:\n    - a=b")]
    [InlineData("web:\n  labels: []\n", "web:\n  labels: [a=b]\n")]
    [InlineData("web:\n  image: x\n", "web:\n  image: x\n  labels:\n    - a=b\n")]
    public void AppendToSequenceEntry_EmptyOrMissing_CreatesSequence(string text, string expected)
    {
        var result = Apply(text, document => YamlInsertion.AppendToSequenceEntry(document, FindMapping(document, "web"), "labels", "a=b"));

        Assert.Equal(expected, result);
        Assert.Equal(["a=b"], Values(FindSequence(Parse(result), "web.labels")));
    }

    [Fact]
    public void AppendToSequenceEntry_FlushDashFile_CreatesFlushSequence()
    {
        const string text = "web:\n  volumes:\n  - a:/a\n  labels:\n";

        var result = Apply(text, document => YamlInsertion.AppendToSequenceEntry(document, FindMapping(document, "web"), "labels", "x=y"));

        Assert.Equal("web:\n  volumes:\n  - a:/a\n  labels:\n  - x=y\n", result);
    }

    [Theory]
    [InlineData("web:\n  labels:\n  image: x\n", "web:\n  labels:\n    a: b\n  image: x\n")]
    [InlineData("web:\n  labels:\n    c: d\n", "web:\n  labels:\n    c: d\n    a: b\n")]
    [InlineData("web:\n  labels: {c: d}\n", "web:\n  labels: {c: d, a: b}\n")]
    [InlineData("web:\n  image: x", "web:\n  image: x\n  labels:\n    a: b")]
    public void AddToMappingEntry_AnyStart_AddsKey(string text, string expected)
    {
        var result = Apply(text, document => YamlInsertion.AddToMappingEntry(document, FindMapping(document, "web"), "labels", "a", "b"));

        Assert.Equal(expected, result);
        Assert.Equal("b", Assert.IsType<YamlScalarSyntax>(Find(Parse(result), "web.labels.a")).Value);
    }

    [Fact]
    public void AppendToSequenceEntry_MappingValue_Throws()
    {
        var document = Parse("web:\n  labels:\n    a: b\n");

        var error = Assert.Throws<InvalidOperationException>(() => YamlInsertion.AppendToSequenceEntry(document, FindMapping(document, "web"), "labels", "c=d"));

        Assert.Contains("'labels' is a mapping", error.Message);
    }

    [Fact]
    public void AppendToSequenceEntry_LabelsFromMerge_CopiesIntoService()
    {
        const string text = """
            x-defaults: &defaults
              restart: always
              labels:
                - "shared=1"
                - *tag
            services:
              web:
                <<: *defaults
                image: nginx
              db:
                <<: *defaults
            """;
        var withAnchor = "tag: &tag team=a\n" + text;

        var result = Apply(withAnchor, document => YamlInsertion.AppendToSequenceEntry(document, FindMapping(document, "services.web"), "labels", "own=2"));

        Assert.Equal(withAnchor.Replace("    image: nginx\n", "    image: nginx\n    labels:\n      - \"shared=1\"\n      - *tag\n      - own=2\n"), result);
        var compose = ComposeFile.From(Parse(result));
        var webLabels = Assert.IsType<YamlSequenceSyntax>(compose.FindService("web")!.Get("labels"));
        var dbLabels = Assert.IsType<YamlSequenceSyntax>(compose.FindService("db")!.Get("labels"));
        Assert.Equal(["shared=1", "team=a", "own=2"], webLabels.Items.Select(item => Assert.IsType<YamlScalarSyntax>(MergedMapping.Resolve(item)).Value));
        Assert.Equal(2, dbLabels.Items.Count);
    }

    [Fact]
    public void AddToMappingEntry_LabelsFromMerge_CopiesIntoService()
    {
        const string text = """
            x-defaults: &defaults
              labels:
                shared: "1"
            services:
              web:
                <<: *defaults
            """;

        var result = Apply(text, document => YamlInsertion.AddToMappingEntry(document, FindMapping(document, "services.web"), "labels", "own", "2"));

        Assert.Equal(text + "\n    labels:\n      shared: \"1\"\n      own: \"2\"", result);
        Assert.Single(Assert.IsType<YamlMappingSyntax>(Find(Parse(result), "x-defaults.labels")).Entries);
    }

    [Fact]
    public void AppendToSequenceEntry_AliasValue_ReplacesAliasWithCopy()
    {
        const string text = "common: &common\n  - a\nweb:\n  labels: *common\n";

        var result = Apply(text, document => YamlInsertion.AppendToSequenceEntry(document, FindMapping(document, "web"), "labels", "b"));

        Assert.Equal("common: &common\n  - a\nweb:\n  labels:\n    - a\n    - b\n", result);
        Assert.Equal(["a"], Values(FindSequence(Parse(result), "common")));
    }

    [Fact]
    public void AddToMappingEntry_CopiedTaggedMergeKey_StaysMergeKey()
    {
        const string text = "base: &base\n  a: 1\nx: &x\n  labels:\n    !!merge <<: *base\n    b: 2\nweb:\n  <<: *x\n";

        var result = Apply(text, document => YamlInsertion.AddToMappingEntry(document, FindMapping(document, "web"), "labels", "c", "3"));

        Assert.Equal(text + "  labels:\n    <<: *base\n    b: 2\n    c: \"3\"\n", result);
        var labels = FindMapping(Parse(result), "web.labels");
        Assert.Equal("1", Assert.IsType<YamlScalarSyntax>(MergedMapping.GetValue(labels, "a")).Value);
    }
}
