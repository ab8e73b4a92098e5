using Hardener.Syntax.Toml;
using Hardener.Template;

namespace Hardener.Tests.Toml;

public sealed class TemplateTomlReadTests
{
    private const string TableTemplate = """
        [variables]
        main_domain = "${domain}"
        db_password = '${password:32}'

        [config]
        [[config.domains]]
        serviceName = "web"
        port = 8080
        host = "${main_domain}"

        [config.env]
        DB_PASSWORD = "hunter2"
        "QUOTED KEY" = "v"
        DEBUG = true

        [[config.mounts]]
        filePath = "/app/config.yml"
        content = "a: 1"
        """;

    [Fact]
    public void Variables_ReadWithSpans()
    {
        var template = TemplateToml.Parse(TableTemplate, "t.toml");
        var text = template.Document.Text;

        Assert.Equal(["main_domain", "db_password"], template.Variables.Select(variable => variable.Name));
        var password = template.Variables[1];
        Assert.Equal("'${password:32}'", password.RawValue);
        Assert.Equal("${password:32}", password.Value);
        Assert.Equal(TomlStringKind.Literal, password.Style);
        Assert.Equal("db_password", text[password.KeySpan.Start..password.KeySpan.End]);
        Assert.Equal("'${password:32}'", text[password.ValueSpan.Start..password.ValueSpan.End]);
    }

    [Fact]
    public void EnvTable_ReadsEntries()
    {
        var template = TemplateToml.Parse(TableTemplate, "t.toml");
        var text = template.Document.Text;

        Assert.Equal(EnvStyle.Table, template.EnvStyle);
        Assert.Equal(["DB_PASSWORD", "QUOTED KEY", "DEBUG"], template.Env.Select(entry => entry.Key));
        var password = template.Env[0];
        Assert.Equal("hunter2", password.Value);
        Assert.Equal("hunter2", text[password.ValueSpan.Start..password.ValueSpan.End]);
        Assert.Equal(EnvEntryForm.KeyValue, password.Form);
        var debug = template.Env[2];
        Assert.Equal("true", debug.Value);
        Assert.Equal(TomlStringKind.NotString, debug.Style);
    }

    [Fact]
    public void DomainsAndMounts_Read()
    {
        var template = TemplateToml.Parse(TableTemplate, "t.toml");

        var domain = Assert.Single(template.Domains);
        Assert.Equal("web", domain.ServiceName);
        Assert.Equal(8080, domain.Port);
        Assert.Equal("${main_domain}", domain.Host);
        Assert.Equal(6, domain.Position.Line);
        var mount = Assert.Single(template.Mounts);
        Assert.Equal("/app/config.yml", mount.FilePath);
        Assert.Equal("a: 1", mount.Content);
    }

    [Fact]
    public void DefinedNames_HoldVariablesAndEnvKeys()
    {
        var template = TemplateToml.Parse(TableTemplate, "t.toml");

        Assert.Contains("main_domain", template.DefinedNames);
        Assert.Contains("DB_PASSWORD", template.DefinedNames);
        Assert.DoesNotContain("serviceName", template.DefinedNames);
    }

    [Fact]
    public void EnvArray_ReadsAssignmentsOnly()
    {
        const string text = """
            [config]
            env = [
              # comment
              "A=1",
              "",
              "# heading",
              'B=x=y',
              "C=\"q\"",
              { D = "4" },
            ]
            """;

        var template = TemplateToml.Parse(text, "t.toml");

        Assert.Equal(EnvStyle.Array, template.EnvStyle);
        Assert.Equal(["A", "B", "C", "D"], template.Env.Select(entry => entry.Key));
        Assert.Equal("x=y", template.Env[1].Value);
        Assert.Equal("x=y", text[template.Env[1].ValueSpan.Start..template.Env[1].ValueSpan.End]);
        Assert.Equal("\"q\"", template.Env[2].Value);
        Assert.Equal("\\\"q\\\"", text[template.Env[2].ValueSpan.Start..template.Env[2].ValueSpan.End]);
        Assert.Equal(EnvEntryForm.AssignmentString, template.Env[0].Form);
        Assert.Equal(EnvEntryForm.KeyValue, template.Env[3].Form);
    }

    [Theory]
    [InlineData("[config]\nenv = {}\n", EnvStyle.InlineTable)]
    [InlineData("[config]\n[[config.env]]\nA = \"1\"\n", EnvStyle.ArrayOfTables)]
    [InlineData("[config]\n[[config.domains]]\nport = 1\nenv = [\"A=1\"]\n", EnvStyle.None)]
    [InlineData("[variables]\n", EnvStyle.None)]
    public void EnvStyle_Detected(string text, EnvStyle expected)
    {
        var template = TemplateToml.Parse(text, "t.toml");

        Assert.Equal(expected, template.EnvStyle);
    }
}
