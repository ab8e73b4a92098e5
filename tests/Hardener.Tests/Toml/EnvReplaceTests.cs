using Hardener.Template;
using Hardener.Text;
using static Hardener.Tests.Toml.TomlEditAssert;

namespace Hardener.Tests.Toml;

public sealed class EnvReplaceTests
{
    [Theory]
    [InlineData("[config.env]\nPW = \"hunter2\" # secret\n", "[config.env]\nPW = \"${pw}\" # secret\n")]
    [InlineData("[config.env]\nPW = 'hunter2'\n", "[config.env]\nPW = '${pw}'\n")]
    [InlineData("[config.env]\nPW = 12345\n", "[config.env]\nPW = \"${pw}\"\n")]
    [InlineData("[config]\nenv = [\"PW=hunter2\", \"B=1\"]\n", "[config]\nenv = [\"PW=${pw}\", \"B=1\"]\n")]
    [InlineData("[config]\nenv = ['PW=hunter2']\n", "[config]\nenv = ['PW=${pw}']\n")]
    [InlineData("[config]\nenv = { PW = \"hunter2\" }\n", "[config]\nenv = { PW = \"${pw}\" }\n")]
    public void Replace_KeepsQuoting(string before, string expected)
    {
        var after = ApplyEdits(before, edits => edits.ReplaceEnvValue(FindEntry(before, "PW"), "${pw}"));

        Assert.Equal(expected, after);
    }

    [Fact]
    public void Replace_LiteralWithQuote_BecomesBasic()
    {
        const string before = "[config]\nenv = ['PW=hunter2']\n";

        var after = ApplyEdits(before, edits => edits.ReplaceEnvValue(FindEntry(before, "PW"), "it's"));

        Assert.Equal("[config]\nenv = [\"PW=it's\"]\n", after);
    }

    [Fact]
    public void Batch_ReplaceAndAppend_DoNotOverlap()
    {
        var before = WithFinalNewLine("""
            [variables]
            main_domain = "${domain}"

            [config]
            env = [
              "PW=hunter2"
            ]
            """);
        var expected = WithFinalNewLine("""
            [variables]
            main_domain = "${domain}"
            pw = "${password:32}"
            token = "${password:64}"

            [config]
            env = [
              "PW=${pw}",
              "TOKEN=${token}"
            ]
            """);

        var after = ApplyEdits(before, edits => edits
            .AddVariable("pw", "${password:32}")
            .AddVariable("token", "${password:64}")
            .ReplaceEnvValue(FindEntry(before, "PW"), "${pw}")
            .AddEnv("TOKEN", "${token}"));

        Assert.Equal(expected, after);
    }

    [Fact]
    public void Replace_ForeignEntry_Rejected()
    {
        var template = TemplateToml.Parse("[config.env]\nPW = \"1\"\n", "t.toml");
        var foreign = new EnvEntry("PW", "1", new TextSpan(0, 1), new TextSpan(0, 1), Hardener.Syntax.Toml.TomlStringKind.Basic, EnvEntryForm.KeyValue);
        var builder = new TemplateTomlEditBuilder(template);

        Assert.Throws<ArgumentException>(() => builder.ReplaceEnvValue(foreign with { Key = "OTHER" }, "x"));
    }

    private static EnvEntry FindEntry(string text, string key) =>
        TemplateToml.Parse(text, "template.toml").Env.Single(entry => entry.Key == key);
}
