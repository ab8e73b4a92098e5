using Hardener.Passes.Secrets.Detection;

namespace Hardener.Tests.Secrets;

public class SecretShapesTests
{
    [Theory]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301", SecretShape.Uuid, 0)]
    [InlineData("9F86D081884C7D659A2FEAA0C55AD015", SecretShape.Hex, 32)]
    [InlineData("9f86d081884c7d659a2feaa0c55ad0159f86d081884c7d659a2feaa0c55ad015", SecretShape.Hex, 64)]
    [InlineData("h1ZqilcYLXRdWp7Nk8X1M1kBPiUi8rdjz9oBfHyUKJk=", SecretShape.Base64, 32)]
    [InlineData("c2VjcmV0LXNlY3JldC1zZWNyZXQ=", SecretShape.Base64, 20)]
    [InlineData("h1Zqil_YLXRdWp7Nk8X1M1kBPiUi8rdjz9oBfHy-KJk=", SecretShape.Base64, 32)]
    [InlineData("my-secret-pass-word-abc1", SecretShape.Free, 0)]
    [InlineData("supabaserealtime", SecretShape.Free, 0)]
    [InlineData("deadbeefcafebabe", SecretShape.Free, 0)]
    [InlineData("1234567890123456", SecretShape.Free, 0)]
    [InlineData("Qx7vLm2pR9tZ4wKs", SecretShape.Free, 0)]
    [InlineData("Qx7vLm2p+9tZ4wKs", SecretShape.Base64, 12)]
    [InlineData("h1ZqilcYLXRdWp7Nk8X1M1kBPiUi8rdjz9oBfHyUKJk", SecretShape.Free, 0)]
    [InlineData("h1Zq=ilcYLXRdWp7Nk8X1M1kBPiUi8rdjz9oBfHyUKJ", SecretShape.Free, 0)]
    [InlineData("abc123", SecretShape.Free, 0)]
    [InlineData("cafe", SecretShape.Free, 0)]
    public void DetectFindsShape(string literal, SecretShape shape, int size)
    {
        var detected = SecretShapes.Detect(literal);

        Assert.Equal(shape, detected.Shape);
        Assert.Equal(size, detected.Size);
    }

    [Theory]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015", true)]
    [InlineData("Xk29-pQz8_LmN4vR", true)]
    [InlineData("postgres", false)]
    [InlineData("my-cache-prefix-for-sessions", false)]
    [InlineData("aaaaaaaaaaaaaaaa1", false)]
    [InlineData("two words here 12345678", false)]
    public void LooksRandomSeparatesWords(string literal, bool expected)
    {
        Assert.Equal(expected, SecretShapes.LooksRandom(literal));
    }

    [Theory]
    [InlineData("", "****(0)")]
    [InlineData("postgres", "****(8)")]
    [InlineData("h1ZqilcYLXRdWp7Nk8X1M1kB", "****(24)")]
    public void MaskHidesValue(string secret, string expected)
    {
        Assert.Equal(expected, SecretMask.Mask(secret));
    }
}
