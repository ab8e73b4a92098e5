using Hardener.Passes.Secrets.Detection;

namespace Hardener.Tests.Secrets;

public class SecretVariableNamerTests
{
    [Theory]
    [InlineData("POSTGRES_PASSWORD", "POSTGRES_PASSWORD", "postgres_password")]
    [InlineData("AppSettings__JwtSecret", "APP_SETTINGS_JWT_SECRET", "app_settings_jwt_secret")]
    [InlineData("LISTMONK_db__password", "LISTMONK_DB_PASSWORD", "listmonk_db_password")]
    [InlineData("zulip.secret-key", "ZULIP_SECRET_KEY", "zulip_secret_key")]
    public void NameForKeyNormalizes(string key, string composeName, string tomlName)
    {
        var name = new SecretVariableNamer([]).NameForKey(key);

        Assert.Equal(composeName, name.ComposeName);
        Assert.Equal(tomlName, name.TomlName);
    }

    [Theory]
    [InlineData("redis", SecretKind.Password, "REDIS_PASSWORD")]
    [InlineData("my-cache", SecretKind.Password, "MY_CACHE_PASSWORD")]
    [InlineData("api", SecretKind.InternalToken, "API_TOKEN")]
    [InlineData("1panel", SecretKind.Password, "_1PANEL_PASSWORD")]
    public void NameForArgumentUsesService(string service, SecretKind kind, string expected)
    {
        Assert.Equal(expected, new SecretVariableNamer([]).NameForArgument(service, kind).ComposeName);
    }

    [Theory]
    [InlineData("DATABASE_URL", "DATABASE_PASSWORD")]
    [InlineData("PG_DATABASE_URL", "PG_DATABASE_PASSWORD")]
    [InlineData("REDIS_URI", "REDIS_PASSWORD")]
    [InlineData("URL", "PASSWORD_2")]
    public void NameForUrlPasswordDropsUrl(string key, string expected)
    {
        Assert.Equal(expected, new SecretVariableNamer([]).NameForUrlPassword(key).ComposeName);
    }

    [Fact]
    public void NamerAddsDeterministicSuffix()
    {
        var namer = new SecretVariableNamer(["REDIS_PASSWORD", "redis_password_2"]);

        var first = namer.NameForArgument("redis", SecretKind.Password);
        var second = namer.NameForKey("REDIS_PASSWORD");

        Assert.Equal("REDIS_PASSWORD_3", first.ComposeName);
        Assert.Equal("redis_password_3", first.TomlName);
        Assert.Equal("REDIS_PASSWORD_4", second.ComposeName);
    }

    [Theory]
    [InlineData("POSTGRES_PASSWORD", "the PostgreSQL password")]
    [InlineData("MYSQL_ROOT_PASSWORD", "the MySQL root password")]
    [InlineData("N8N_ENCRYPTION_KEY", "the N8N encryption key")]
    [InlineData("AUTHENTIK_SECRET_KEY", "the Authentik secret key")]
    [InlineData("JWT_SECRET", "the JWT secret")]
    [InlineData("OPENAI_API_KEY", "the OpenAI API key")]
    [InlineData("DB_PASS", "the database password")]
    [InlineData("REDIS_PASSWORD_2", "the Redis password")]
    [InlineData("__", "the secret")]
    public void DescribeReadsName(string variableName, string expected)
    {
        Assert.Equal(expected, SecretDescriber.Describe(variableName));
    }

    [Fact]
    public void RequiredReferenceCarriesMessage()
    {
        var name = new SecretVariableNamer([]).NameForKey("POSTGRES_PASSWORD");

        Assert.Equal("${POSTGRES_PASSWORD:?Set the PostgreSQL password}", name.ToRequiredReference());
    }
}
