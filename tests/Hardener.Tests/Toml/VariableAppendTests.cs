using Hardener.Template;
using static Hardener.Tests.Toml.TomlEditAssert;

namespace Hardener.Tests.Toml;

public sealed class VariableAppendTests
{
    [Fact]
    public void CommentsBeforeHeader_StayWithHeader()
    {
        var before = WithFinalNewLine("""
            [variables]
            a = "1" # first

            # Settings for Dokploy.
            [config]
            """);
        var expected = WithFinalNewLine("""
            [variables]
            a = "1" # first
            b = "2"

            # Settings for Dokploy.
            [config]
            """);

        var after = ApplyEdits(before, edits => edits.AddVariable("b", "2"));

        Assert.Equal(expected, after);
    }

    [Fact]
    public void NoFinalNewLine_AddsLineBreakFirst()
    {
        const string before = "[variables]\na = \"1\"";
        const string expected = "[variables]\na = \"1\"\nb = \"2\"";

        var after = ApplyEdits(before, edits => edits.AddVariable("b", "2"));

        Assert.Equal(expected, after);
    }

    [Fact]
    public void NoFinalNewLine_EnvTableCreated()
    {
        const string before = "[config]";
        const string expected = "[config]\n[config.env]\nA = \"1\"";

        var after = ApplyEdits(before, edits => edits.AddEnv("A", "1"));

        Assert.Equal(expected, after);
    }

    [Fact]
    public void Crlf_NewLinesUseCrlf()
    {
        var before = WithFinalNewLine("""
            [variables]
            a = "1"

            [config]
            [[config.domains]]
            port = 1
            """).ReplaceLineEndings("\r\n");
        var expected = WithFinalNewLine("""
            [variables]
            a = "1"
            b = "2"

            [config]
            [config.env]
            B = "${b}"

            [[config.domains]]
            port = 1
            """).ReplaceLineEndings("\r\n");

        var after = ApplyEdits(before, edits => edits.AddVariable("b", "2").AddEnv("B", "${b}"));

        Assert.Equal(expected, after);
    }

    [Fact]
    public void EmptyVariablesTable_AddsBelowHeader()
    {
        const string before = "[variables]\n\n[config]\n";
        const string expected = "[variables]\nb = \"2\"\n\n[config]\n";

        var after = ApplyEdits(before, edits => edits.AddVariable("b", "2"));

        Assert.Equal(expected, after);
    }

    [Fact]
    public void RootInlineVariables_AppendsInside()
    {
        const string before = "variables = {}\n\n[config]\nenv = {}\n";
        const string expected = "variables = { b = \"2\" }\n\n[config]\nenv = {}\n";

        var after = ApplyEdits(before, edits => edits.AddVariable("b", "2"));

        Assert.Equal(expected, after);
    }

    [Fact]
    public void Value_EscapedAsBasicString()
    {
        var after = ApplyEdits("[variables]\n", edits => edits.AddVariable("v", "a\\b\"c\n\u0001"));

        Assert.Equal("[variables]\nv = \"a\\\\b\\\"c\\n\\u0001\"\n", after);
    }

    [Theory]
    [InlineData("bad name")]
    [InlineData("")]
    [InlineData("a")]
    public void AddVariable_RejectsInvalidOrTaken(string name)
    {
        var template = TemplateToml.Parse("[variables]\na = \"1\"\n", "t.toml");
        var builder = new TemplateTomlEditBuilder(template);

        Assert.Throws<ArgumentException>(() => builder.AddVariable(name, "x"));
    }

    [Fact]
    public void AddVariable_RejectsSameNameTwice()
    {
        var template = TemplateToml.Parse("[variables]\n", "t.toml");
        var builder = new TemplateTomlEditBuilder(template).AddVariable("b", "1");

        Assert.Throws<ArgumentException>(() => builder.AddVariable("b", "2"));
    }

    [Theory]
    [InlineData("A=B")]
    [InlineData("")]
    [InlineData("X")]
    public void AddEnv_RejectsInvalidOrTaken(string key)
    {
        var template = TemplateToml.Parse("[config.env]\nX = \"1\"\n", "t.toml");
        var builder = new TemplateTomlEditBuilder(template);

        Assert.Throws<ArgumentException>(() => builder.AddEnv(key, "x"));
    }

    [Fact]
    public void Builder_RejectsFileWithErrors()
    {
        var template = TemplateToml.Parse("[variables]\na = \"\\$\"\n", "t.toml");

        Assert.Throws<InvalidOperationException>(() => new TemplateTomlEditBuilder(template));
    }
}
