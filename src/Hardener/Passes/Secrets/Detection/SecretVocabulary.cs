namespace Hardener.Passes.Secrets.Detection;

/// <summary>
/// The upper-case words that <see cref="SecretKeyClassifier"/> matches, tuned against the environment keys of real Dokploy templates.
/// </summary>
internal static class SecretVocabulary
{
    /// <summary>Nouns that name a password. They also match glued to a prefix, as in PGPASSWORD or ADMINPASS.</summary>
    public static readonly string[] PasswordNouns = ["PASSWORD", "PASSPHRASE", "PASSWD", "PASS", "PWD"];

    /// <summary>Words ending in PASS that are not passwords.</summary>
    public static readonly HashSet<string> NotPasswords = ["BYPASS", "COMPASS", "SURPASS", "TRESPASS", "OVERPASS", "UNDERPASS"];

    /// <summary>Glued nouns that end a key, mapped to the noun they stand for.</summary>
    public static readonly (string Suffix, string Noun)[] GluedNouns =
    [
        ("APIKEY", "APIKEY"),
        ("AUTHKEY", "KEY"),
        ("MASTERKEY", "KEY"),
        ("SECRETKEY", "KEY"),
        ("ENCKEY", "KEY"),
        ("SECRET", "SECRET"),
        ("TOKEN", "TOKEN"),
    ];

    /// <summary>
    /// Words that make the whole key a switch, a public value or a policy rather than a secret,
    /// as in MYSQL_RANDOM_ROOT_PASSWORD, ALLOW_EMPTY_PASSWORD, PASSWORD_RESET_DISABLED or SUPABASE_PUBLISHABLE_KEY.
    /// </summary>
    public static readonly HashSet<string> SwitchWords =
    [
        "RANDOM", "EMPTY", "ALLOW", "ALLOWED", "DISABLE", "DISABLED", "ENABLE", "ENABLED", "SKIP", "USE",
        "REQUIRE", "REQUIRED", "RESET", "FORCE", "GENERATE", "RELAX", "NO", "MIN", "MAX",
        "PUBLIC", "PUBLISHABLE", "ANON",
    ];

    /// <summary>
    /// Words that may follow the secret noun without changing what the key names, as in SECRET_KEY_BASE.
    /// Any other trailing word (TTL, FILE, LENGTH, USER, URL, ALGORITHM …) means the key names something else.
    /// </summary>
    public static readonly HashSet<string> NeutralTrailingWords = ["BASE", "VALUE", "VAL", "B64", "BASE64", "HEX", "ASYMMETRIC"];

    /// <summary>Words before KEY that make it a secret key of the app.</summary>
    public static readonly HashSet<string> SecretKeyQualifiers =
    [
        "SECRET", "ENCRYPTION", "ENC", "SIGNING", "SIGN", "MASTER", "PRIVATE", "CRYPTO", "CRYPT", "CIPHER",
        "HMAC", "AES", "SALT", "APP",
    ];

    /// <summary>
    /// Object stores that templates run themselves. Their access key pair is the store's own login,
    /// so it counts as a password even though S3 clients call it a key.
    /// </summary>
    public static readonly HashSet<string> SelfHostedStores = ["MINIO", "GARAGE", "SEAWEEDFS"];

    /// <summary>Words that mark a secret as belonging to a session or cookie, which counts as an internal token.</summary>
    public static readonly HashSet<string> SessionWords = ["SESSION", "COOKIE"];

    /// <summary>
    /// Words that name an outside service or an outside kind of credential. A secret whose key contains one
    /// is one the user must supply. Self-hosted services that templates run themselves (MinIO, PostHog,
    /// Logflare) are deliberately absent.
    /// </summary>
    public static readonly HashSet<string> ExternalWords =
    [
        "SMTP", "MAIL", "MAILER", "EMAIL", "IMAP", "POP3", "LDAP", "PROXY", "OAUTH", "OIDC", "CLIENT", "LICENSE",
        "REG", "REGISTRATION", "TLS", "SSL", "CERT",
        "S3", "AWS", "SES", "AZURE", "GOOGLE", "GCP", "GEMINI", "OPENAI", "ANTHROPIC", "CLAUDE", "MISTRAL",
        "GROQ", "OPENROUTER", "DEEPGRAM", "DEEPSEEK", "CEREBRAS", "MINIMAX", "MOONSHOT", "KIMI", "TOGETHER",
        "XAI", "ZAI", "VENICE", "XIAOMI", "COHERE", "HUGGINGFACE", "HF", "REPLICATE", "PERPLEXITY", "ELEVENLABS",
        "SERPER", "SEARCHAPI", "TMDB", "MAPBOX", "YANDEX", "STRIPE", "SENDGRID", "MAILGUN", "POSTMARK",
        "RESEND", "BREVO", "TWILIO", "GITHUB", "GITLAB", "BITBUCKET", "COPILOT", "SLACK", "TELEGRAM",
        "DISCORD", "FACEBOOK", "LINKEDIN", "TWITTER", "MSGRAPH", "MICROSOFT", "CLOUDFLARE", "SENTRY",
        "NETDATA", "TAILSCALE", "WORKOS", "CLOUDFRONT", "CONVERT",
    ];
}
