using Hardener.Passes.Secrets.Detection;

namespace Hardener.Tests.Secrets;

public class GeneratorChooserTests
{
    [Theory]
    [InlineData(SecretKind.Password, null, false, "${password:32}")]
    [InlineData(SecretKind.SecretKey, null, false, "${base64:64}")]
    [InlineData(SecretKind.JwtSecret, null, false, "${base64:48}")]
    [InlineData(SecretKind.InternalToken, null, false, "${password:48}")]
    [InlineData(SecretKind.Password, "postgres", true, "${password:32}")]
    [InlineData(SecretKind.SecretKey, "not-random", true, "${password:64}")]
    [InlineData(SecretKind.JwtSecret, null, true, "${password:48}")]
    [InlineData(SecretKind.SecretKey, "9f86d081884c7d659a2feaa0c55ad0159f86d081884c7d659a2feaa0c55ad015", false, "${hash:64}")]
    [InlineData(SecretKind.Password, "9f86d081884c7d659a2feaa0c55ad015", false, "${hash:32}")]
    [InlineData(SecretKind.SecretKey, "h1ZqilcYLXRdWp7Nk8X1M1kBPiUi8rdjz9oBfHyUKJk=", false, "${base64:32}")]
    [InlineData(SecretKind.SecretKey, "h1ZqilcYLXRdWp7Nk8X1M1kBPiUi8rdjz9oBfHyUKJk=", true, "${hash:64}")]
    [InlineData(SecretKind.InternalToken, "3f2504e0-4f89-11d3-9a0c-0305e82c3301", false, "${uuid}")]
    [InlineData(SecretKind.InternalToken, "supabaserealtime", false, "${password:48}")]
    public void ChooseKeepsShapeOrUsesDefault(SecretKind kind, string? literal, bool insideUrl, string expected)
    {
        var generator = GeneratorChooser.Choose(kind, literal, insideUrl);

        Assert.NotNull(generator);
        Assert.Equal(expected, generator.ToString());
    }

    [Fact]
    public void ChooseSkipsExternalCredential()
    {
        Assert.Null(GeneratorChooser.Choose(SecretKind.ExternalCredential, "sk-xxxx", false));
    }

    [Theory]
    [InlineData("password", true)]
    [InlineData("hash", true)]
    [InlineData("uuid", true)]
    [InlineData("base64", false)]
    public void IsUrlSafeExcludesBase64(string helper, bool expected)
    {
        Assert.Equal(expected, new DokployGenerator(helper, 8).IsUrlSafe);
    }
}
