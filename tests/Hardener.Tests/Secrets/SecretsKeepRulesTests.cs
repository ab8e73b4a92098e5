using Hardener.Tests.Support;

namespace Hardener.Tests.Secrets;

/// <summary>
/// Cases where the secrets pass must leave a value as it is, or keep part of it, because changing the
/// sites it sees would leave the two sides of a secret disagreeing or stop a deploy.
/// </summary>
public sealed class SecretsKeepRulesTests : IDisposable
{
    private readonly TemporaryFolder _temporary = new();

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void ClientOnlyUrlPasswordIsKept()
    {
        const string compose = "services:\n  app:\n    image: example/app:1\n    environment:\n      STORAGE_CONFIG: minio|minio?accessKey=minioadmin&secretKey=Mx8vQ2pLz7RkT4nW\n  minio:\n    image: minio/minio:RELEASE.2025-01-01T00-00-00Z\n";
        var folder = Template(compose, "[variables]\n");

        var run = Write(folder);

        Assert.Equal(compose, Compose(folder));
        Assert.Contains("warning secrets", run.Error, StringComparison.Ordinal);
        Assert.Contains("only clients use this value here", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Mx8vQ2pLz7RkT4nW", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueInMountedFileIsKept()
    {
        const string compose = "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: Lm4kR9vQ2xTz8Wp6\n";
        const string toml = "[variables]\n\n[[config.mounts]]\nfilePath = \"init.sql\"\ncontent = \"CREATE USER app WITH PASSWORD 'Lm4kR9vQ2xTz8Wp6';\"\n";
        var folder = Template(compose, toml);

        var run = Write(folder);

        Assert.Equal(compose, Compose(folder));
        Assert.Equal(toml, Toml(folder));
        Assert.Contains("mounted file 'init.sql'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionalPassThroughIsNotRequired()
    {
        const string compose = "services:\n  app:\n    image: example/app:1\n    environment:\n      - MAIL_PASSWORD\n";
        const string toml = "[variables]\n\n[config]\nenv = [\"MAIL_PASSWORD=\"]\n";
        var folder = Template(compose, toml);

        Write(folder);

        Assert.Equal(compose, Compose(folder));
        Assert.Equal(toml, Toml(folder));
    }

    [Fact]
    public void OutsidePassThroughIsNotRequired()
    {
        var folder = Template("services:\n  app:\n    image: example/app:1\n    environment:\n      SMTP_PASSWORD:\n", "[variables]\n");

        Write(folder);

        Assert.Equal("services:\n  app:\n    image: example/app:1\n    environment:\n      SMTP_PASSWORD:\n", Compose(folder));
        Assert.Equal("[variables]\n", Toml(folder));
    }

    [Fact]
    public void AccessKeyEqualToServerUserIsKept()
    {
        const string compose = "services:\n  app:\n    image: example/app:1\n    environment:\n      OBJECT_STORAGE_ACCESS_KEY_ID: storage-root-user\n  minio:\n    image: minio/minio:RELEASE.2025-01-01T00-00-00Z\n    environment:\n      MINIO_ROOT_USER: storage-root-user\n";
        var folder = Template(compose, "[variables]\n");

        Write(folder);

        Assert.Equal(compose, Compose(folder));
    }

    [Fact]
    public void SharedDefaultOfTwoVariablesStaysApart()
    {
        var folder = Template("services:\n  db:\n    image: mysql:8\n    environment:\n      - MYSQL_ROOT_PASSWORD=${MYSQL_ROOT_PASSWORD:-gitea}\n      - MYSQL_PASSWORD=${GITEA_DB_PASSWORD:-gitea}\n", "[variables]\n");

        var run = Write(folder);

        var compose = Compose(folder);
        Assert.Contains("MYSQL_ROOT_PASSWORD=${MYSQL_ROOT_PASSWORD:?", compose, StringComparison.Ordinal);
        Assert.Contains("MYSQL_PASSWORD=${GITEA_DB_PASSWORD:?", compose, StringComparison.Ordinal);
        Assert.DoesNotContain("no other service in this template uses it", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Base64PrefixStaysBeforeVariable()
    {
        var folder = Template("services:\n  app:\n    image: example/app:1\n    environment:\n      APP_KEY: base64:q3V5dGhpcyBpcyBub3QgYSByZWFsIGtleSEhISE2NDI=\n", "[variables]\n");

        Write(folder);

        Assert.Contains("APP_KEY: base64:${APP_KEY:?Set the app key}", Compose(folder), StringComparison.Ordinal);
        Assert.Contains("app_key = \"${base64:32}\"", Toml(folder), StringComparison.Ordinal);
    }

    [Fact]
    public void PercentEncodedUrlJoinsServerPassword()
    {
        var folder = Template("services:\n  app:\n    image: example/app:1\n    environment:\n      DATABASE_URL: postgres://app:Pa%40ss%2Fw0rd9x@db/app\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: Pa@ss/w0rd9x\n", "[variables]\n");

        Write(folder);

        var compose = Compose(folder);
        Assert.Contains("postgres://app:${POSTGRES_PASSWORD:?Set the PostgreSQL password}@db/app", compose, StringComparison.Ordinal);
        Assert.Contains("POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?Set the PostgreSQL password}", compose, StringComparison.Ordinal);
    }

    [Fact]
    public void VariableNeverTakesHelperName()
    {
        var folder = Template("services:\n  web:\n    image: example/app:1\n    environment:\n      PASSWORD: Zr8kQ2mLx7vT4pWn\n", "[variables]\n");

        Write(folder);

        // Dokploy reads ${password} as its generator, so a variable of that name would differ at each use.
        var toml = Toml(folder);
        Assert.DoesNotContain("\npassword = ", toml, StringComparison.Ordinal);
        Assert.Contains("password_2 = \"${password:32}\"", toml, StringComparison.Ordinal);
    }

    [Fact]
    public void CopyInEmbeddedConfigKeepsPassword()
    {
        const string compose = "services:\n  db:\n    image: postgres:latest\n    environment:\n      POSTGRES_PASSWORD: k3stra9Pw\n  app:\n    image: example/app:1\n    environment:\n      APP_CONFIGURATION: |\n        datasource:\n          password: k3stra9Pw\n";
        var folder = Template(compose, "[variables]\n");

        var run = Write(folder);
        var pinned = CliRun.Invoke(folder, "--dry-run", "--only", "pin-images", folder);

        Assert.Equal(compose, Compose(folder));
        Assert.Contains("a configuration embedded in a multi-line value", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("k3stra9Pw", pinned.Output + pinned.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DependentWithEnvFileKeepsPassword()
    {
        const string compose = "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: Pl4usDbPass\n  app:\n    image: example/app:1\n    env_file: .env\n    depends_on:\n      - db\n";
        var folder = Template(compose, "[variables]\n");

        var run = Write(folder);

        Assert.Equal(compose, Compose(folder));
        Assert.Contains("reads settings from env_file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void OutsideCredentialInVariablesIsKept()
    {
        const string toml = "[variables]\naccess_key = \"rustfsadmin\"\nsecret_key = \"Rf8kQ2mLx7vT4pWn\"\n";
        var folder = Template("services:\n  s3:\n    image: example/s3:1\n", toml);

        var run = Write(folder);

        Assert.Contains("access_key = \"rustfsadmin\"", Toml(folder), StringComparison.Ordinal);
        Assert.Contains("a [variables] entry is shared by everything that refers to it", run.Error, StringComparison.Ordinal);
    }

    private string Template(string compose, string toml)
    {
        var folder = Path.Combine(_temporary.Path, "app");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "docker-compose.yml"), compose);
        File.WriteAllText(Path.Combine(folder, "template.toml"), toml);
        return folder;
    }

    private static CliRun Write(string folder) => CliRun.Invoke(folder, "--write", "--only", "secrets", folder);

    private static string Compose(string folder) => File.ReadAllText(Path.Combine(folder, "docker-compose.yml"));

    private static string Toml(string folder) => File.ReadAllText(Path.Combine(folder, "template.toml"));
}
