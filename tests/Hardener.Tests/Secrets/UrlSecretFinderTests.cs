using Hardener.Passes.Secrets.Detection;

namespace Hardener.Tests.Secrets;

public class UrlSecretFinderTests
{
    // The expected column lists each secret as written, joined with "|".
    [Theory]
    [InlineData("postgres://app:Pa55word@db:5432/app", "Pa55word")]
    [InlineData("postgresql://umami:umami@db:5432/umami", "umami")]
    [InlineData("redis://:hunter2@cache:6379/0", "hunter2")]
    [InlineData("redis://default:hunter2@cache:6379", "hunter2")]
    [InlineData("mongodb://root:s3cret@mongo-a,mongo-b/app?replicaSet=rs0", "s3cret")]
    [InlineData("amqp://guest:guestpw@rabbitmq:5672/", "guestpw")]
    [InlineData("mysql://kimai:kimaipw@db/kimai", "kimaipw")]
    [InlineData("postgresql+asyncpg://postgres:pgpw@db:5432/argilla", "pgpw")]
    [InlineData("postgres://${DB_USER}:literal@db/x", "literal")]
    [InlineData("postgres://u:lit@${DB_HOST}:${DB_PORT}/${DB_NAME}", "lit")]
    [InlineData("postgres://u:k3str4p@ss@db/app", "k3str4p@ss")]
    [InlineData("postgres://u:pa%2Fss@db/app", "pa%2Fss")]
    [InlineData("A=postgres://a:one@db/x B=redis://:two@cache", "one|two")]
    [InlineData("minio|minio?accessKey=minioadmin&secretKey=miniopw", "miniopw")]
    [InlineData("postgres://db/app?user=app&password=Pa55", "Pa55")]
    [InlineData("${DATABASE_URL:-postgres://app:inner@db:5432/app}", "inner")]
    [InlineData("${REDIS_URL:-redis://:inner@cache}", "inner")]
    [InlineData("${A:-${B:-mysql://u:deep@db/x}}", "deep")]
    [InlineData("${A:+amqp://u:alt@mq/}", "alt")]
    public void FindLocatesLiteralSecret(string value, string expected)
    {
        var secrets = UrlSecretFinder.Find(value);

        Assert.Equal(expected, string.Join("|", secrets.Select(secret => value[secret.Span.Start..secret.Span.End])));
    }

    [Theory]
    [InlineData("postgres://${DB_USER}:${DB_PASSWORD}@db/${DB_NAME}")]
    [InlineData("redis://:${REDIS_PASSWORD}@redis:6379/3")]
    [InlineData("redis://:$REDIS_PASSWORD@redis:6379/3")]
    [InlineData("mysql://kimai:${KI_MYSQL_PASSWORD:-kimai}@db/kimai")]
    [InlineData("postgres://u:pre${X}@db/x")]
    [InlineData("redis://valkey:6379")]
    [InlineData("postgres://app@db/app")]
    [InlineData("https://example.com/path?x=y")]
    [InlineData("http://user@host:8080/")]
    [InlineData("postgres://db/app?sslmode=disable&password=${DB_PASSWORD}")]
    [InlineData("postgres://u:p@db${")]
    [InlineData("postgres://db/app?token_ttl=3600")]
    [InlineData("${DATABASE_URL:?Set postgres://u:p@db/x}")]
    public void FindIgnoresNonLiteral(string value)
    {
        Assert.Empty(UrlSecretFinder.Find(value));
    }

    [Fact]
    public void FindReportsSchemeAndParameter()
    {
        var secrets = UrlSecretFinder.Find("redis://:pw@cache/0?secretKey=abc");

        Assert.Equal(2, secrets.Count);
        Assert.Equal("redis", secrets[0].Scheme);
        Assert.Null(secrets[0].ParameterName);
        Assert.Equal("secretKey", secrets[1].ParameterName);
    }
}
