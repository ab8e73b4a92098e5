namespace Hardener.Passes.Secrets.Detection;

/// <summary>Turns a secret's variable name into a short phrase for messages, such as <c>the PostgreSQL password</c>.</summary>
public static class SecretDescriber
{
    private static readonly Dictionary<string, string> ProperNames = new()
    {
        ["POSTGRES"] = "PostgreSQL", ["POSTGRESQL"] = "PostgreSQL", ["PG"] = "PostgreSQL", ["MYSQL"] = "MySQL",
        ["MARIADB"] = "MariaDB", ["REDIS"] = "Redis", ["VALKEY"] = "Valkey", ["MONGO"] = "MongoDB", ["MONGODB"] = "MongoDB",
        ["RABBITMQ"] = "RabbitMQ", ["MINIO"] = "MinIO", ["CLICKHOUSE"] = "ClickHouse", ["COUCHDB"] = "CouchDB",
        ["OPENAI"] = "OpenAI", ["OAUTH"] = "OAuth", ["GITHUB"] = "GitHub", ["GITLAB"] = "GitLab", ["DB"] = "database", ["PWD"] = "password",
        ["PASS"] = "password", ["PASSWD"] = "password", ["REQUIREPASS"] = "password", ["ENC"] = "encryption",
    };

    // Ordinary words are written in lower case, and any other word is taken for a product name or acronym.
    private static readonly HashSet<string> CommonWords =
    [
        "PASSWORD", "ROOT", "ADMIN", "USER", "SECRET", "KEY", "ENCRYPTION", "SIGNING", "MASTER", "TOKEN", "DATABASE",
        "SESSION", "COOKIE", "AUTH", "ACCESS", "CLIENT", "PRIVATE", "INTERNAL", "SALT", "DEFAULT", "SERVER", "APP",
        "INITIAL", "BOT", "BASE", "SERVICE", "STORAGE", "REFRESH", "DASHBOARD", "STATIC", "CRON", "SYSTEM",
        "CONFIG", "VALUE", "CACHE", "QUEUE", "WORKER", "WEB", "MAIL",
    ];

    /// <summary>
    /// Describes a variable name: <c>POSTGRES_PASSWORD</c> gives <c>the PostgreSQL password</c> and
    /// <c>N8N_ENCRYPTION_KEY</c> gives <c>the N8N encryption key</c>. The phrase never contains <c>$</c> or <c>}</c>,
    /// which would end or break the compose message.
    /// </summary>
    public static string Describe(string variableName)
    {
        ArgumentNullException.ThrowIfNull(variableName);
        var words = KeyWords.Split(variableName)
            .Where(word => !word.All(char.IsAsciiDigit))
            .Select(DescribeWord)
            .ToList();
        return words.Count == 0 ? "the secret" : "the " + string.Join(" ", words);
    }

    private static string DescribeWord(string word)
    {
        if (ProperNames.TryGetValue(word, out var proper))
        {
            return proper;
        }

        if (CommonWords.Contains(word))
        {
            return word.ToLowerInvariant();
        }

        // Short words and words with digits are mostly acronyms or product names such as JWT, API, S3 and N8N.
        if (word.Length <= 4 || word.Any(char.IsAsciiDigit))
        {
            return word;
        }

        return char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
    }
}
