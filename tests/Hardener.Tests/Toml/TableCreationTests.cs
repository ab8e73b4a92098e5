using static Hardener.Tests.Toml.TomlEditAssert;

namespace Hardener.Tests.Toml;

public sealed class TableCreationTests
{
    [Fact]
    public void NoEnv_CreatesTableAfterConfigKeys()
    {
        var before = WithFinalNewLine("""
            [variables]
            main_domain = "${domain}"

            [config]
            mounts = []

            [[config.domains]]
            serviceName = "web"
            """);
        var expected = WithFinalNewLine("""
            [variables]
            main_domain = "${domain}"

            [config]
            mounts = []

            [config.env]
            A = "1"

            [[config.domains]]
            serviceName = "web"
            """);

        var after = ApplyEdits(before, edits => edits.AddEnv("A", "1"));

        Assert.Equal(expected, after);
    }

    [Fact]
    public void NoEnv_BareConfigHeader_TableDirectlyBelow()
    {
        var before = WithFinalNewLine("""
            [config]
            [[config.domains]]
            serviceName = "web"
            """);
        var expected = WithFinalNewLine("""
            [config]
            [config.env]
            A = "1"

            [[config.domains]]
            serviceName = "web"
            """);

        var after = ApplyEdits(before, edits => edits.AddEnv("A", "1"));

        Assert.Equal(expected, after);
    }

    [Fact]
    public void NoEnv_HeaderIsDottedUnquoted()
    {
        var after = ApplyEdits("[config]\n", edits => edits.AddEnv("A", "1"));

        Assert.Contains("[config.env]", after);
        Assert.DoesNotContain("\"config", after);
    }

    [Fact]
    public void NoEnv_EndsWithDomain_StaysOutside()
    {
        var before = WithFinalNewLine("""
            [config]
            [[config.domains]]
            serviceName = "web"
            port = 80
            """);

        var after = ApplyEdits(before, edits => edits.AddEnv("A", "1"));

        var model = Tomlyn.TomlSerializer.Deserialize<Tomlyn.Model.TomlTable>(after)!;
        var config = (Tomlyn.Model.TomlTable)model["config"];
        var env = (Tomlyn.Model.TomlTable)config["env"];
        Assert.Equal("1", env["A"]);
        var domain = ((Tomlyn.Model.TomlTableArray)config["domains"])[0];
        Assert.False(domain.ContainsKey("A"));
        Assert.EndsWith("port = 80\n", after);
    }

    [Fact]
    public void NoConfigHeader_CreatesEnvBeforeConfigTables()
    {
        var before = WithFinalNewLine("""
            [variables]
            a = "1"

            # Web front end.
            [[config.domains]]
            serviceName = "web"
            """);
        var expected = WithFinalNewLine("""
            [variables]
            a = "1"

            [config.env]
            A = "1"

            # Web front end.
            [[config.domains]]
            serviceName = "web"
            """);

        var after = ApplyEdits(before, edits => edits.AddEnv("A", "1"));

        Assert.Equal(expected, after);
    }

    [Fact]
    public void NoConfig_CreatesConfigAtEnd()
    {
        var before = WithFinalNewLine("""
            [variables]
            a = "1"
            """);
        var expected = WithFinalNewLine("""
            [variables]
            a = "1"

            [config]
            [config.env]
            A = "1"
            """);

        var after = ApplyEdits(before, edits => edits.AddEnv("A", "1"));

        Assert.Equal(expected, after);
    }

    [Fact]
    public void NoVariables_CreatesTableAtTop()
    {
        var before = WithFinalNewLine("""
            # Template for web.

            # Main settings.
            [config]
            env = []
            """);
        var expected = WithFinalNewLine("""
            # Template for web.

            [variables]
            secret = "${password:32}"

            # Main settings.
            [config]
            env = []
            """);

        var after = ApplyEdits(before, edits => edits.AddVariable("secret", "${password:32}"));

        Assert.Equal(expected, after);
    }

    [Fact]
    public void EmptyFile_CreatesBothTables()
    {
        const string expected = "[variables]\nsecret = \"s\"\n\n[config]\n[config.env]\nA = \"${secret}\"\n";

        var after = ApplyEdits("", edits => edits.AddVariable("secret", "s").AddEnv("A", "${secret}"));

        Assert.Equal(expected, after);
    }
}
