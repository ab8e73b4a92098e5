using Hardener.Template;
using Hardener.Tests.Support;

namespace Hardener.Tests.Secrets;

/// <summary>
/// Runs the secrets pass alone through the CLI on small templates written to a temporary folder, and
/// checks the files it writes and the findings it prints.
/// </summary>
public sealed class SecretsPassTests : IDisposable
{
    private readonly TemporaryFolder _temporary = new();

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void MapEntryBecomesGeneratedPassword()
    {
        var folder = Template("""
            services:
              db:
                image: postgres:16
                environment:
                  POSTGRES_PASSWORD: Nt7mQ2xR8vLp4Kz9
            """, """
            [variables]
            main_domain = "${domain}"

            [config.env]
            """);

        var run = Write(folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?Set the PostgreSQL password}", Compose(folder));
        var toml = Toml(folder);
        Assert.Contains("postgres_password = \"${password:32}\"", toml);
        Assert.Contains("POSTGRES_PASSWORD = \"${postgres_password}\"", toml);
        Assert.DoesNotContain("Nt7mQ2xR8vLp4Kz9", Compose(folder) + toml);
    }

    [Fact]
    public void ListEntryBecomesRequiredVariable()
    {
        var folder = Template("""
            services:
              db:
                image: mariadb:11
                environment:
                  - MARIADB_USER=app
                  - "MARIADB_PASSWORD=Mr5dPw8zLq2Vn4Xk"
            """, "[variables]\n");

        Write(folder);

        var compose = Compose(folder);
        Assert.Contains("- MARIADB_USER=app", compose);
        Assert.Contains("- \"MARIADB_PASSWORD=${MARIADB_PASSWORD:?Set the MariaDB password}\"", compose);
        Assert.Contains("MARIADB_PASSWORD = \"${mariadb_password}\"", Toml(folder));
    }

    [Fact]
    public void StringCommandArgumentIsReplaced()
    {
        var folder = Template("""
            services:
              cache:
                image: redis:7
                command: redis-server --save 60 1 --requirepass Hn4cT8wQz2LpX6vR --appendonly yes
            """, "[variables]\n");

        Write(folder);

        Assert.Contains("command: redis-server --save 60 1 --requirepass ${CACHE_PASSWORD:?Set the cache password} --appendonly yes", Compose(folder));
        Assert.Contains("cache_password = \"${password:32}\"", Toml(folder));
    }

    [Fact]
    public void ListHealthcheckArgumentIsReplaced()
    {
        var folder = Template("""
            services:
              cache:
                image: redis:7
                healthcheck:
                  test: ["CMD", "redis-cli", "-a", "Hn4cT8wQz2LpX6vR", "ping"]
            """, "[variables]\n");

        Write(folder);

        Assert.Contains("test: [\"CMD\", \"redis-cli\", \"-a\", \"${CACHE_PASSWORD:?Set the cache password}\", \"ping\"]", Compose(folder));
    }

    [Fact]
    public void UrlKeepsPartsEqualToPassword()
    {
        var folder = Template("""
            services:
              app:
                image: example/app:1
                environment:
                  DATABASE_URL: postgres://postgres:postgres@postgres:5432/postgres
              postgres:
                image: postgres:16
                environment:
                  POSTGRES_USER: postgres
                  POSTGRES_PASSWORD: postgres
                  POSTGRES_DB: postgres
            """, "[variables]\n");

        Write(folder);

        var compose = Compose(folder);
        Assert.Contains("DATABASE_URL: postgres://postgres:${POSTGRES_PASSWORD:?Set the PostgreSQL password}@postgres:5432/postgres", compose);
        Assert.Contains("POSTGRES_USER: postgres", compose);
        Assert.Contains("POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?Set the PostgreSQL password}", compose);
        Assert.Contains("POSTGRES_DB: postgres", compose);
        Assert.Contains("  postgres:\n    image: postgres:16", compose);
    }

    [Fact]
    public void SharedLiteralBecomesOneVariable()
    {
        var folder = Template("""
            services:
              app:
                image: example/app:1
                environment:
                  REDIS_URL: redis://:Hn4cT8wQz2LpX6vR@cache:6379
              cache:
                image: redis:7
                command: ["redis-server", "--requirepass", "Hn4cT8wQz2LpX6vR"]
            """, "[variables]\n");

        Write(folder);

        var compose = Compose(folder);
        Assert.Contains("REDIS_URL: redis://:${REDIS_PASSWORD:?Set the Redis password}@cache:6379", compose);
        Assert.Contains("[\"redis-server\", \"--requirepass\", \"${REDIS_PASSWORD:?Set the Redis password}\"]", compose);
        var toml = Toml(folder);
        Assert.Single(TemplateToml.Parse(toml, "template.toml").Variables);
        Assert.Contains("redis_password = \"${password:32}\"", toml);
    }

    [Fact]
    public void VariablesLiteralBecomesGenerator()
    {
        var folder = Template("""
            services:
              db:
                image: postgres:16
                environment:
                  POSTGRES_PASSWORD: Qw8zLm3vR7tK2pXn
              app:
                image: example/app:1
                environment:
                  DB_PASSWORD: ${DB_PASSWORD}
            """, "[variables]\ndb_password = \"Qw8zLm3vR7tK2pXn\"\nadmin_password = 'hunter22hunter'\n\n[config]\nenv = [\"DB_PASSWORD=${db_password}\", \"ADMIN_PASSWORD=${admin_password}\"]\n");

        Write(folder);

        var toml = Toml(folder);
        Assert.Contains("db_password = \"${password:32}\"", toml);
        Assert.Contains("admin_password = '${password:32}'", toml);
        Assert.Equal(2, TemplateToml.Parse(toml, "template.toml").Variables.Count);
        Assert.Contains("POSTGRES_PASSWORD: ${DB_PASSWORD:?Set the database password}", Compose(folder));
    }

    [Fact]
    public void SharedPlaceholderStaysApartByKind()
    {
        var folder = Template("""
            services:
              app:
                image: example/app:1
                environment:
                  JWT_SECRET: changeme
                  SESSION_SECRET: changeme
            """, "[variables]\n");

        Write(folder);

        var compose = Compose(folder);
        Assert.Contains("JWT_SECRET: ${JWT_SECRET:?Set the JWT secret}", compose);
        Assert.Contains("SESSION_SECRET: ${SESSION_SECRET:?Set the session secret}", compose);
        var variables = TemplateToml.Parse(Toml(folder), "template.toml").Variables;
        Assert.Equal(2, variables.Count);
    }

    [Fact]
    public void TomlTableLiteralBecomesVariable()
    {
        var folder = Template("""
            services:
              wiki:
                image: example/wiki:3
                environment:
                  DB_PASS: ${DB_PASS}
            """, """
            [variables]

            [config.env]
            # Shared with the database.
            DB_PASS = "Wk9pZr3mT6yBv2Nd"
            """);

        Write(folder);

        var toml = Toml(folder);
        Assert.Contains("db_pass = \"${password:32}\"", toml);
        Assert.Contains("# Shared with the database.\nDB_PASS = \"${db_pass}\"", toml);
        Assert.Contains("DB_PASS: ${DB_PASS}", Compose(folder));
    }

    [Fact]
    public void TomlArrayLiteralBecomesVariable()
    {
        var folder = Template("""
            services:
              api:
                image: example/api:1
                environment:
                  - JWT_SECRET=${JWT_SECRET}
            """, """
            [variables]

            [config]
            env = [
              "JWT_SECRET=Jw7tSc2Lq9Zx4Vn6Kp3R",
            ]
            """);

        Write(folder);

        var toml = Toml(folder);
        Assert.Contains("jwt_secret = \"${base64:48}\"", toml);
        Assert.Contains("  \"JWT_SECRET=${jwt_secret}\",\n]", toml);
    }

    [Fact]
    public void TomlUrlSecretStaysUrlSafe()
    {
        var folder = Template("""
            services:
              app:
                image: example/app:1
                environment:
                  - REDIS_URL=${REDIS_URL}
            """, """
            [variables]

            [config.env]
            REDIS_URL = "redis://:c2VjcmV0LXNlY3JldC1zZWNyZXQ=@cache:6379"
            """);

        Write(folder);

        var toml = Toml(folder);
        Assert.Contains("redis_password = \"${hash:40}\"", toml);
        Assert.Contains("REDIS_URL = \"redis://:${redis_password}@cache:6379\"", toml);
    }

    [Fact]
    public void PassThroughJoinsTomlLiteralShape()
    {
        var folder = Template("""
            services:
              app:
                image: example/app:1
                environment:
                  - ENCRYPTION_KEY
            """, """
            [variables]

            [config.env]
            ENCRYPTION_KEY = "jJ5qtNO5CZgOaqc1vPCYrF0bw4kWCVMTsj3rWerVPj4="
            """);

        Write(folder);

        Assert.Contains("- ENCRYPTION_KEY=${ENCRYPTION_KEY:?Set the encryption key}", Compose(folder));
        var toml = Toml(folder);
        Assert.Contains("encryption_key = \"${base64:32}\"", toml);
        Assert.Contains("ENCRYPTION_KEY = \"${encryption_key}\"", toml);
    }

    [Fact]
    public void OutsideCredentialNeedsUserInput()
    {
        var folder = Template("""
            services:
              app:
                image: example/app:1
                environment:
                  SMTP_PASSWORD: mail-pass-4821
                  AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY42
                  OAUTH_CLIENT_SECRET: oc-9f8e7d6c5b4a3210
                  OPENAI_API_KEY: sk-proj-4hT9kLm2Qw8zXc5vBn7R
            """, "[variables]\n");

        var run = Write(folder);

        var compose = Compose(folder);
        Assert.Contains("SMTP_PASSWORD: ${SMTP_PASSWORD:?Set your SMTP password}", compose);
        Assert.Contains("AWS_SECRET_ACCESS_KEY: ${AWS_SECRET_ACCESS_KEY:?Set your AWS secret access key}", compose);
        Assert.Contains("OAUTH_CLIENT_SECRET: ${OAUTH_CLIENT_SECRET:?Set your OAuth client secret}", compose);
        Assert.Contains("OPENAI_API_KEY: ${OPENAI_API_KEY:?Set your OpenAI API key}", compose);
        var toml = TemplateToml.Parse(Toml(folder), "template.toml");
        Assert.Empty(toml.Variables);
        Assert.All(toml.Env, entry => Assert.Equal("", entry.Value));
        Assert.Equal(4, toml.Env.Count);
        Assert.Equal(4, CountLines(run.Error, "it needs your input"));
    }

    [Fact]
    public void MailUrlPasswordNeedsUserInput()
    {
        var folder = Template("""
            services:
              app:
                image: example/app:1
                environment:
                  MAIL_URL: smtp://bob:Ml4sPw2Lq9Zx4Vn6@smtp.example.com:587
            """, "[variables]\n");

        var run = Write(folder);

        Assert.Contains("smtp://bob:${MAIL_PASSWORD:?Set your mail password}@smtp.example.com:587", Compose(folder));
        Assert.Contains("MAIL_PASSWORD = \"\"", Toml(folder));
        Assert.Contains("it needs your input", run.Error);
    }

    public static TheoryData<string, string> NotSecrets => new()
    {
        { "switch", "MYSQL_RANDOM_ROOT_PASSWORD: \"yes\"" },
        { "boolean", "DISABLE_PASSWORD_LOGIN: \"false\"" },
        { "length", "PASSWORD_MIN_LENGTH: 8" },
        { "time to live", "TOKEN_TTL: 3600" },
        { "rate limit", "API_KEY_RATE_LIMIT: 100" },
        { "file path", "POSTGRES_PASSWORD_FILE: /run/secrets/db_password" },
        { "user name", "POSTGRES_USER: postgres" },
        { "empty", "API_TOKEN: \"\"" },
        { "interpolation", "DB_PASSWORD: ${DB_PASSWORD:?Set the database password}" },
        { "escaped reference", "BACKUP_PASSWORD: $${DB_ROOT_PASSWORD}" },
        { "escaped shell variable", "DB_PASSWORD: $$MYSQL_PWD" },
    };

    [Theory]
    [MemberData(nameof(NotSecrets))]
    public void ValueThatIsNoSecretStays(string kind, string entry)
    {
        var compose = $"services:\n  app:\n    image: example/app:1\n    environment:\n      {entry}\n";
        var folder = Template(compose, "[variables]\n");

        var run = Write(folder);

        Assert.True(compose == Compose(folder), $"The {kind} entry was changed.");
        Assert.Equal("[variables]\n", Toml(folder));
        Assert.DoesNotContain("secrets", run.Error);
    }

    [Fact]
    public void NameAvoidsExistingVariable()
    {
        var folder = Template("""
            services:
              db:
                image: postgres:16
                environment:
                  POSTGRES_PASSWORD: Nt7mQ2xR8vLp4Kz9
            """, """
            [variables]
            postgres_password = "${password:16}"

            [config.env]
            OTHER = "${postgres_password}"
            """);

        Write(folder);

        Assert.Contains("POSTGRES_PASSWORD: ${POSTGRES_PASSWORD_2:?Set the PostgreSQL password}", Compose(folder));
        var toml = Toml(folder);
        Assert.Contains("postgres_password = \"${password:16}\"", toml);
        Assert.Contains("postgres_password_2 = \"${password:32}\"", toml);
        Assert.Contains("POSTGRES_PASSWORD_2 = \"${postgres_password_2}\"", toml);
        Assert.Contains("OTHER = \"${postgres_password}\"", toml);
    }

    [Fact]
    public void CreateTemplateTomlWritesMinimalFile()
    {
        var folder = Template("""
            services:
              db:
                image: postgres:16
                environment:
                  POSTGRES_PASSWORD: Nt7mQ2xR8vLp4Kz9
            """, toml: null);

        var run = CliRun.Invoke(folder, "--write", "--only", "secrets", "--create-template-toml", folder);

        Assert.Equal(0, run.ExitCode);
        var toml = TemplateToml.Parse(Toml(folder), "template.toml");
        Assert.False(toml.HasErrors);
        Assert.Equal("${password:32}", Assert.Single(toml.Variables).Value);
        Assert.Equal("${postgres_password}", Assert.Single(toml.Env).Value);
        Assert.Contains("${POSTGRES_PASSWORD:?Set the PostgreSQL password}", Compose(folder));
    }

    [Fact]
    public void MissingTemplateTomlChangesNothing()
    {
        var compose = "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: Nt7mQ2xR8vLp4Kz9\n";
        var folder = Template(compose, toml: null);

        var run = Write(folder);

        Assert.Equal(compose, Compose(folder));
        Assert.False(File.Exists(Path.Combine(folder, "template.toml")));
        Assert.Contains("there is no template.toml", run.Error);
        Assert.DoesNotContain("[fixed]", run.Error);
    }

    [Fact]
    public void BrokenTemplateTomlStaysUntouched()
    {
        var compose = "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: Nt7mQ2xR8vLp4Kz9\n";
        const string toml = "[variables\nmain_domain = \"${domain}\"\n";
        var folder = Template(compose, toml);

        var run = Write(folder);

        Assert.Equal(compose, Compose(folder));
        Assert.Equal(toml, Toml(folder));
        Assert.Contains("template.toml has syntax errors", run.Error);
        Assert.DoesNotContain("[fixed]", run.Error);
    }

    [Fact]
    public void BlockScalarSecretAddsNoVariable()
    {
        var compose = "services:\n  app:\n    image: example/app:1\n    environment:\n      SECRET_KEY: >-\n        Xk29pQz8LmN4vR7aXk29pQz8LmN4vR7a\n";
        var folder = Template(compose, "[variables]\n");

        var run = Write(folder);
        var check = CliRun.Invoke(folder, "--check", "--only", "secrets", folder);

        Assert.Equal(compose, Compose(folder));
        Assert.Equal("[variables]\n", Toml(folder));
        Assert.Contains("replace it by hand with ${SECRET_KEY:?Set the secret key} and define SECRET_KEY", run.Error);
        Assert.Equal(0, check.ExitCode);
    }

    [Fact]
    public void MangledDollarIsReportedAndMasked()
    {
        var folder = Template("""
            services:
              app:
                image: example/app:1
                environment:
                  ADMIN_PASSWORD: pa55$word
                  ADMIN_USER: admin
                  JWT_SECRET: Jw7tSc2Lq9Zx4Vn6Kp3R
            """, "[variables]\n");

        var run = CliRun.Invoke(folder, "--dry-run", "--only", "secrets", folder);

        Assert.Contains("ADMIN_PASSWORD: the value contains '$' followed by a name", run.Error);
        Assert.Contains("ADMIN_PASSWORD: ****(9)", run.Output);
        Assert.DoesNotContain("pa55$word", run.Output + run.Error);
    }

    [Fact]
    public void LonePasswordWarnsAboutClientSide()
    {
        var folder = Template("""
            services:
              db:
                image: postgres:16
                environment:
                  POSTGRES_PASSWORD: Nt7mQ2xR8vLp4Kz9
            """, "[variables]\n");

        var run = Write(folder);

        var warning = Assert.Single(run.Error.Split('\n'), line => line.Contains("warning secrets"));
        Assert.Contains("POSTGRES_PASSWORD", warning);
        Assert.Contains("a client outside the template", warning);
    }

    public static TheoryData<string> IdempotenceCases => new()
    {
        "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: Nt7mQ2xR8vLp4Kz9\n  app:\n    image: example/app:1\n    environment:\n      - DATABASE_URL=postgres://app:Nt7mQ2xR8vLp4Kz9@db/app\n",
        "services:\n  cache:\n    image: redis:7\n    command: redis-server --requirepass Hn4cT8wQz2LpX6vR\n    healthcheck:\n      test: redis-cli -a Hn4cT8wQz2LpX6vR ping\n",
        "services:\n  app:\n    image: example/app:1\n    environment: {JWT_SECRET: Jw7tSc2Lq9Zx4Vn6Kp3R, SMTP_PASSWORD: mail-pass-4821}\n",
        "services:\n  app:\n    image: example/app:1\n    environment:\n      - SESSION_SECRET\n      - PG_PASS=${PG_PASS:-Xk29pQz8LmN4vR7a}\n",
    };

    [Theory]
    [MemberData(nameof(IdempotenceCases))]
    public void SecondRunChangesNothing(string compose)
    {
        var folder = Template(compose, "[variables]\n\n[config]\nenv = []\n");

        var write = Write(folder);
        var check = CliRun.Invoke(folder, "--check", "--only", "secrets", folder);

        Assert.Equal(0, write.ExitCode);
        Assert.NotEqual(compose, Compose(folder));
        Assert.Equal(0, check.ExitCode);
        Assert.Equal("", check.Output);
    }

    private string Template(string compose, string? toml, string name = "app")
    {
        var folder = Path.Combine(_temporary.Path, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "docker-compose.yml"), compose.EndsWith('\n') ? compose : compose + "\n");
        if (toml is not null)
        {
            File.WriteAllText(Path.Combine(folder, "template.toml"), toml.EndsWith('\n') ? toml : toml + "\n");
        }

        return folder;
    }

    private static CliRun Write(string folder) => CliRun.Invoke(folder, "--write", "--only", "secrets", folder);

    private static string Compose(string folder) => File.ReadAllText(Path.Combine(folder, "docker-compose.yml"));

    private static string Toml(string folder) => File.ReadAllText(Path.Combine(folder, "template.toml"));

    private static int CountLines(string text, string part) => text.Split('\n').Count(line => line.Contains(part, StringComparison.Ordinal));
}
