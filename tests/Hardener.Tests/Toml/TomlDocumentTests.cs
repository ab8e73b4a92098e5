using Hardener.Diagnostics;
using Hardener.Syntax.Toml;
using Hardener.Text;

namespace Hardener.Tests.Toml;

public sealed class TomlDocumentTests
{
    [Fact]
    public void Parse_ValidText_RoundTrips()
    {
        const string text = "# top\n[variables]\na = \"x\" # note\n\n[config]\nenv = []\n";

        var document = TomlDocument.Parse(text, "t.toml");

        Assert.False(document.HasErrors);
        Assert.Empty(document.Findings);
        Assert.Equal(text, document.Syntax.ToString());
    }

    [Fact]
    public void Parse_InvalidEscape_ReportsFinding()
    {
        const string text = "[variables]\nok = \"1\"\nbad = \"a\\$b\"\n";

        var document = TomlDocument.Parse(text, "dir/template.toml");

        Assert.True(document.HasErrors);
        var finding = Assert.Single(document.Findings);
        Assert.Equal(TomlDocument.SyntaxRuleId, finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("dir/template.toml", finding.FilePath);
        Assert.Equal(new LinePosition(3, 10), finding.Position);
        Assert.False(finding.Fixable);
    }

    [Fact]
    public void Parse_TableDeclaredTwice_ReportsError()
    {
        const string text = "[config]\nmounts = []\n\n[[config.mounts]]\nfilePath = \"a\"\n";

        var document = TomlDocument.Parse(text, "t.toml");

        Assert.True(document.HasErrors);
        Assert.Equal(4, document.Findings[0].Position.Line);
    }

    [Fact]
    public void Parse_RedefinedKey_MessageOmitsValue()
    {
        const string text = "[env]\nPW = \"hunter2\"\n[env.PW]\nx = 1\n";

        var document = TomlDocument.Parse(text, "t.toml");

        Assert.True(document.HasErrors);
        Assert.All(document.Findings, finding => Assert.DoesNotContain("hunter2", finding.Message));
    }

    [Theory]
    [InlineData("a = 1\nb = 2\n", "\n")]
    [InlineData("a = 1\r\nb = 2\r\n", "\r\n")]
    [InlineData("a = 1", "\n")]
    public void NewLine_DetectedFromFirstLine(string text, string expected)
    {
        var document = TomlDocument.Parse(text, "t.toml");

        Assert.Equal(expected, document.NewLine);
    }

    [Fact]
    public void ToTextSpan_IsEndExclusive()
    {
        const string text = "a = \"xyz\"\n";
        var document = TomlDocument.Parse(text, "t.toml");
        var keyValue = Assert.Single(document.Syntax.KeyValues);

        var span = TomlSpans.ToTextSpan(keyValue.Value!);

        Assert.Equal("\"xyz\"", text[span.Start..span.End]);
    }
}
