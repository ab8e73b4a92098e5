using Hardener.Passes.Secrets.Detection;
using Hardener.Text;

namespace Hardener.Tests.Secrets;

public class KnownSecretsTests
{
    private static readonly KnownSecrets Secrets = new(["posthog", "posthog-admin", "S3cr3t", ""]);

    [Theory]
    [InlineData("posthog", true)]
    [InlineData("S3cr3t", true)]
    [InlineData("Posthog", false)]
    [InlineData("posthog ", false)]
    [InlineData("s3cr3t", false)]
    [InlineData("", false)]
    public void MatchesIsExact(string value, bool expected)
    {
        Assert.Equal(expected, Secrets.Matches(value));
    }

    [Fact]
    public void FindInLocatesEachOccurrence()
    {
        var spans = Secrets.FindIn("postgres://posthog:posthog@db:5432/posthog");

        Assert.Equal([new TextSpan(11, 18), new TextSpan(19, 26), new TextSpan(35, 42)], spans);
    }

    [Fact]
    public void FindInPrefersLongerSecret()
    {
        var spans = Secrets.FindIn("user=posthog-admin");

        Assert.Equal([new TextSpan(5, 18)], spans);
    }
}
