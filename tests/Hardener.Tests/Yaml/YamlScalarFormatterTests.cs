using Hardener.Syntax.Yaml;
using YamlDotNet.Serialization;

namespace Hardener.Tests.Yaml;

public sealed class YamlScalarFormatterTests
{
    public static TheoryData<string> ValuesThatNeedQuotes => new(
        "yes", "Yes", "YES", "no", "No", "on", "On", "off", "OFF", "y", "Y", "n", "N",
        "true", "True", "false", "FALSE", "null", "Null", "NULL", "~",
        "0", "01", "-1", "+1", "0o17", "0x1F", "0b101", "1_000", "1e3", "1E-3", "1.5", "-1.5", ".5", "1.", ".inf", "-.Inf", ".NaN",
        "2222:22", "1:30:00", "-1:30", "190:20:30.15",
        "2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2001-12-15T02:59:43.1Z",
        "=", "<<",
        "a: b", "a #b", "key:", " lead", "trail ", " ", "",
        "*x", "&x", "!x", "- x", "-", "?", "? x", ":", ": x", "[x", "]x", "{x", "}x", ",x", "#x", "|x", ">x", "'x", "\"x", "%x", "@x", "`x",
        "line\nbreak", "tab\there", "bell\u0007");

    public static TheoryData<string> ValuesThatStayPlain => new(
        "postgres:16", "nginx:1.27-alpine", "ghcr.io/org/app:2.1.0", "${VAR:-x}", "${VAR}", "http://x:80/y",
        "a-b", "-x", "?x", ":x", "a:b", "a#b", "it's", "say \"hi\"", "1.2.3", "16-alpine", "v1", "0.0.0.0", "yesno", "nulls", "x=1",
        "127.0.0.1:5432:5432", "80:80", "a b c", "1-2", "2001-12");

    public static TheoryData<string> RoundTripValues
    {
        get
        {
            var values = new TheoryData<string>();
            foreach (var row in ValuesThatNeedQuotes.Concat(ValuesThatStayPlain))
            {
                values.Add(row.Data);
            }

            values.Add("back\\slash");
            values.Add("quote ' and \" both");
            values.Add("ünïcödé ✓");
            values.Add("carriage\rreturn");
            return values;
        }
    }

    [Theory]
    [MemberData(nameof(ValuesThatNeedQuotes))]
    public void Format_AmbiguousValue_IsQuoted(string value)
    {
        var formatted = YamlScalarFormatter.Format(value);

        Assert.True(YamlScalarFormatter.NeedsQuotes(value), $"'{value}' was not found to need quotes");
        Assert.StartsWith("\"", formatted, StringComparison.Ordinal);
        Assert.EndsWith("\"", formatted, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ValuesThatStayPlain))]
    public void Format_SafeValue_StaysPlain(string value)
    {
        Assert.Equal(value, YamlScalarFormatter.Format(value));
    }

    [Theory]
    [InlineData("${VAR:-x}")]
    [InlineData("a,b")]
    [InlineData("a[0]")]
    [InlineData("x}")]
    public void Format_FlowIndicatorInFlowCollection_IsQuoted(string value)
    {
        Assert.Equal(value, YamlScalarFormatter.Format(value));
        Assert.StartsWith("\"", YamlScalarFormatter.Format(value, inFlowCollection: true), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yes", "'yes'")]
    [InlineData("it's: x", "'it''s: x'")]
    [InlineData("tab\tx", "\"tab\\tx\"")]
    [InlineData("plain", "plain")]
    public void Format_SingleQuotePreferred_UsesSingleUnlessControlCharacters(string value, string expected)
    {
        Assert.Equal(expected, YamlScalarFormatter.Format(value, YamlScalarStyle.SingleQuoted));
    }

    [Theory]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("\u0001", "\"\\u0001\"")]
    [InlineData("\r\n", "\"\\r\\n\"")]
    public void Quote_DoubleQuoted_EscapesSpecialCharacters(string value, string expected)
    {
        Assert.Equal(expected, YamlScalarFormatter.Quote(value, YamlScalarStyle.DoubleQuoted));
    }

    [Theory]
    [MemberData(nameof(RoundTripValues))]
    public void Format_EveryStyle_ParsesBackToValue(string value)
    {
        foreach (var style in new[] { YamlScalarStyle.DoubleQuoted, YamlScalarStyle.SingleQuoted })
        {
            var block = $"k: {YamlScalarFormatter.Format(value, style)}\n";
            var flow = $"k: [{YamlScalarFormatter.Format(value, style, inFlowCollection: true)}, end]\n";

            Assert.Equal(value, ParseBlockValue(block));
            Assert.Equal(value, ParseFlowItem(flow));
        }
    }

    [Theory]
    [MemberData(nameof(RoundTripValues))]
    public void Format_YamlDotNetDeserializer_ReadsString(string value)
    {
        var text = $"k: {YamlScalarFormatter.Format(value)}\n";
        var deserializer = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build();

        var read = deserializer.Deserialize<Dictionary<string, object?>>(text)["k"];

        Assert.Equal(value, Assert.IsType<string>(read));
    }

    private static string ParseBlockValue(string text)
    {
        var result = YamlSyntaxParser.Parse(text, "value.yml");
        Assert.Empty(result.Diagnostics);
        var entry = Assert.Single(((YamlMappingSyntax)result.Document!.Root!).Entries);
        return Assert.IsType<YamlScalarSyntax>(entry.Value).Value;
    }

    private static string ParseFlowItem(string text)
    {
        var result = YamlSyntaxParser.Parse(text, "value.yml");
        Assert.Empty(result.Diagnostics);
        var entry = Assert.Single(((YamlMappingSyntax)result.Document!.Root!).Entries);
        var sequence = Assert.IsType<YamlSequenceSyntax>(entry.Value);
        Assert.Equal(2, sequence.Items.Count);
        return Assert.IsType<YamlScalarSyntax>(sequence.Items[0]).Value;
    }
}
