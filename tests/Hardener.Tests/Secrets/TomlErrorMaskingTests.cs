namespace Hardener.Tests.Secrets;

/// <summary>TOML syntax errors name the position, never the offending text, which may be a secret.</summary>
public sealed class TomlErrorMaskingTests
{
    [Theory]
    [InlineData("[config\nenv = [\"A=1\", \"DB_PASSWORD=TomlPlant1\"]\n")]
    [InlineData("[config.env]\nAPI_TOKEN = TomlPlant1\n")]
    [InlineData("[config.env]\nDB_PASSWORD = \"TomlPlant1\" \"x\"\n")]
    public void SyntaxErrorsDoNotQuoteTokens(string toml)
    {
        var document = Hardener.Syntax.Toml.TomlDocument.Parse(toml, "template.toml");

        Assert.True(document.HasErrors);
        foreach (var finding in document.Findings)
        {
            Assert.DoesNotContain("TomlPlant1", finding.Message, StringComparison.Ordinal);
        }
    }
}
