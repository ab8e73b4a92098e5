using Hardener.Passes.Secrets.Detection;
using Hardener.Text;

namespace Hardener.Tests.Secrets;

public class SecretValueClassifierTests
{
    private static readonly SecretKeyClassification Password = new(SecretKind.Password, false);
    private static readonly SecretKeyClassification Token = new(SecretKind.InternalToken, false);
    private static readonly SecretKeyClassification WeakKey = new(SecretKind.SecretKey, true);

    [Theory]
    [InlineData("", SecretValueKind.Empty)]
    [InlineData("  ", SecretValueKind.Empty)]
    [InlineData("${POSTGRES_PASSWORD}", SecretValueKind.Interpolated)]
    [InlineData("$DB_PASSWORD", SecretValueKind.Interpolated)]
    [InlineData("${DB_PASSWORD:?Set the database password}", SecretValueKind.Interpolated)]
    [InlineData("${PROXY_PASSWORD:-}", SecretValueKind.Interpolated)]
    [InlineData("${A:-${B}}", SecretValueKind.Interpolated)]
    [InlineData("${A:-x${B}}", SecretValueKind.Mixed)]
    [InlineData("pre-${A}", SecretValueKind.Mixed)]
    [InlineData("/run/secrets/db_password", SecretValueKind.Path)]
    [InlineData("./secrets/db.txt", SecretValueKind.Path)]
    [InlineData("yes", SecretValueKind.Switch)]
    [InlineData("False", SecretValueKind.Switch)]
    [InlineData("1", SecretValueKind.Switch)]
    [InlineData("pass${", SecretValueKind.Invalid)]
    [InlineData("postgres", SecretValueKind.Hardcoded)]
    [InlineData("k3str4p@ss", SecretValueKind.Hardcoded)]
    [InlineData("123456", SecretValueKind.Hardcoded)]
    [InlineData("pa$$word", SecretValueKind.Hardcoded)]
    [InlineData("$$DB_PASSWORD", SecretValueKind.Interpolated)]
    [InlineData("$${DB_PASSWORD}", SecretValueKind.Interpolated)]
    [InlineData("$$(cat /run/secrets/db)", SecretValueKind.Interpolated)]
    [InlineData("`cat /run/secrets/db`", SecretValueKind.Interpolated)]
    [InlineData("$$5", SecretValueKind.Hardcoded)]
    [InlineData("${GITEA_DB_PASSWORD:-gitea}", SecretValueKind.HardcodedDefault)]
    [InlineData("${POSTGRES_PASSWORD-xsshunter}", SecretValueKind.HardcodedDefault)]
    public void ClassifyJudgesPasswordValue(string value, SecretValueKind kind)
    {
        var verdict = SecretValueClassifier.Classify(Password, value);

        Assert.Equal(kind, verdict.Kind);
    }

    [Theory]
    [InlineData("postgres", 0, 8)]
    [InlineData("pa$$word", 0, 8)]
    [InlineData("${GITEA_DB_PASSWORD:-gitea}", 21, 26)]
    public void ClassifyReturnsSecretSpan(string value, int start, int end)
    {
        var verdict = SecretValueClassifier.Classify(Password, value);

        Assert.True(verdict.IsSecret);
        Assert.Equal(new TextSpan(start, end), verdict.SecretSpan);
    }

    [Theory]
    [InlineData("12", SecretValueKind.Switch)]
    [InlineData("argilla.apikey", SecretValueKind.Hardcoded)]
    [InlineData("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB", SecretValueKind.PublicKey)]
    public void ClassifyJudgesTokenValue(string value, SecretValueKind kind)
    {
        Assert.Equal(kind, SecretValueClassifier.Classify(Token, value).Kind);
    }

    [Theory]
    [InlineData("a2a:", SecretValueKind.NotRandom)]
    [InlineData("primary", SecretValueKind.NotRandom)]
    [InlineData("my-cache-prefix-for-sessions", SecretValueKind.NotRandom)]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015", SecretValueKind.Hardcoded)]
    [InlineData("h1ZqilcYLXRdWp7Nk8X1M1kBPiUi8rdjz9oBfHyUKJk=", SecretValueKind.Hardcoded)]
    [InlineData("changeme", SecretValueKind.Hardcoded)]
    public void ClassifyNeedsRandomForWeakKey(string value, SecretValueKind kind)
    {
        Assert.Equal(kind, SecretValueClassifier.Classify(WeakKey, value).Kind);
    }

    [Theory]
    [InlineData("changeme", true)]
    [InlineData("change-me", true)]
    [InlineData("sk-xxxx", true)]
    [InlineData("your-api-key", true)]
    [InlineData("<your token>", true)]
    [InlineData("fake-us-master-token", true)]
    [InlineData("example_secret", true)]
    [InlineData("postgres", false)]
    [InlineData("mysecretpassword", true)]
    [InlineData("my-cache-prefix", false)]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015", false)]
    public void IsPlaceholderSpotsPlaceholders(string literal, bool expected)
    {
        Assert.Equal(expected, SecretValueClassifier.IsPlaceholder(literal));
    }

    [Fact]
    public void PlaceholderStillCountsAsSecret()
    {
        var verdict = SecretValueClassifier.Classify(Token, "changeme");

        Assert.True(verdict.IsSecret);
        Assert.True(verdict.IsPlaceholder);
    }
}
