using Hardener.Syntax.Yaml;
using static Hardener.Tests.Yaml.YamlInsertionTestHelpers;

namespace Hardener.Tests.Yaml;

public sealed class YamlStyleTests
{
    [Fact]
    public void Detect_TwoSpacesIndentedDashes()
    {
        var style = YamlStyle.Detect(Parse("services:\n  web:\n    ports:\n      - \"80\"\n"));

        Assert.Equal(2, style.IndentUnit);
        Assert.True(style.IndentSequences);
        Assert.Equal(YamlScalarStyle.DoubleQuoted, style.PreferredQuote);
        Assert.Equal("\n", style.NewLine);
    }

    [Fact]
    public void Detect_FourSpacesFlushDashesSingleQuotes()
    {
        var style = YamlStyle.Detect(Parse("services:\r\n    web:\r\n        ports:\r\n        - '80'\r\n        - '443'\r\n        image: \"x\"\r\n"));

        Assert.Equal(4, style.IndentUnit);
        Assert.False(style.IndentSequences);
        Assert.Equal(YamlScalarStyle.SingleQuoted, style.PreferredQuote);
        Assert.Equal("\r\n", style.NewLine);
    }

    [Fact]
    public void Detect_NoEvidence_ReturnsDefault()
    {
        Assert.Equal(YamlStyle.Default, YamlStyle.Detect(Parse("a: 1\n")));
    }

    [Fact]
    public void Detect_MixedSteps_TakesMostCommon()
    {
        var style = YamlStyle.Detect(Parse("a:\n    b: 1\nc:\n  d: 1\ne:\n  f: 1\n"));

        Assert.Equal(2, style.IndentUnit);
    }

    [Fact]
    public void GetColumn_Collections_ReturnsEntryColumn()
    {
        var document = Parse("a:\n   b: 1\nlist:\n- x\nitems:\n  - k: 1\n    v: 2\n");

        Assert.Equal(3, YamlStyle.GetColumn(document, FindMapping(document, "a")));
        Assert.Equal(0, YamlStyle.GetColumn(document, FindSequence(document, "list")));
        Assert.Equal(4, YamlStyle.GetColumn(document, FindSequence(document, "items").Items[0]));
    }
}
