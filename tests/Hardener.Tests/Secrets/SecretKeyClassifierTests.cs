using Hardener.Passes.Secrets.Detection;

namespace Hardener.Tests.Secrets;

public class SecretKeyClassifierTests
{
    [Theory]
    [InlineData("POSTGRES_PASSWORD", SecretKind.Password)]
    [InlineData("MYSQL_ROOT_PASSWORD", SecretKind.Password)]
    [InlineData("PGPASSWORD", SecretKind.Password)]
    [InlineData("ADMINPASS", SecretKind.Password)]
    [InlineData("RABBITMQ_DEFAULT_PASS", SecretKind.Password)]
    [InlineData("GITEA__database__PASSWD", SecretKind.Password)]
    [InlineData("LISTMONK_db__password", SecretKind.Password)]
    [InlineData("POSTGRES_PWD", SecretKind.Password)]
    [InlineData("AppSettings__Password", SecretKind.Password)]
    [InlineData("ZITADEL_DATABASE_POSTGRES_USER_PASSWORD", SecretKind.Password)]
    [InlineData("MINIO_ROOT_PASSWORD", SecretKind.Password)]
    [InlineData("MINIO_SECRET_KEY", SecretKind.Password)]
    [InlineData("SECRET_KEY", SecretKind.SecretKey)]
    [InlineData("SECRET_KEY_BASE", SecretKind.SecretKey)]
    [InlineData("N8N_ENCRYPTION_KEY", SecretKind.SecretKey)]
    [InlineData("INNGEST_SIGNING_KEY", SecretKind.SecretKey)]
    [InlineData("MEILI_MASTER_KEY", SecretKind.SecretKey)]
    [InlineData("IMGPROXY_SALT", SecretKind.SecretKey)]
    [InlineData("WAKAPI_PASSWORD_SALT", SecretKind.SecretKey)]
    [InlineData("APP_KEY", SecretKind.SecretKey)]
    [InlineData("NEXTAUTH_SECRET", SecretKind.SecretKey)]
    [InlineData("JWT_SECRET", SecretKind.JwtSecret)]
    [InlineData("JWT_SECRET_KEY", SecretKind.JwtSecret)]
    [InlineData("AppSettings__JwtSecret", SecretKind.JwtSecret)]
    [InlineData("VIKUNJA_SERVICE_JWTSECRET", SecretKind.JwtSecret)]
    [InlineData("API_KEY", SecretKind.InternalToken)]
    [InlineData("EVOAI_CRM_API_TOKEN", SecretKind.InternalToken)]
    [InlineData("SESSION_SECRET", SecretKind.InternalToken)]
    [InlineData("COOKIE_SECRET", SecretKind.InternalToken)]
    [InlineData("FMD_REGISTRATIONTOKEN", SecretKind.InternalToken)]
    [InlineData("SMTP_PASSWORD", SecretKind.ExternalCredential)]
    [InlineData("EMAIL_HOST_PASSWORD", SecretKind.ExternalCredential)]
    [InlineData("AWS_ACCESS_KEY_ID", SecretKind.ExternalCredential)]
    [InlineData("REG_TOKEN", SecretKind.ExternalCredential)]
    [InlineData("TLS_CLIENT_KEY", SecretKind.ExternalCredential)]
    [InlineData("AWS_SECRET_ACCESS_KEY", SecretKind.ExternalCredential)]
    [InlineData("S3_ACCESS_KEY_SECRET", SecretKind.ExternalCredential)]
    [InlineData("GOOGLE_CLIENT_SECRET", SecretKind.ExternalCredential)]
    [InlineData("OPENAI_API_KEY", SecretKind.ExternalCredential)]
    [InlineData("STRIPE_SECRET_KEY", SecretKind.ExternalCredential)]
    [InlineData("SENDGRID_API_KEY", SecretKind.ExternalCredential)]
    [InlineData("GITHUB_TOKEN", SecretKind.ExternalCredential)]
    [InlineData("TELEGRAM_BOT_TOKEN", SecretKind.ExternalCredential)]
    [InlineData("DRAWIO_CLOUD_CONVERT_APIKEY", SecretKind.ExternalCredential)]
    public void ClassifyFindsKind(string key, SecretKind kind)
    {
        var result = SecretKeyClassifier.Classify(key);

        Assert.NotNull(result);
        Assert.Equal(kind, result.Kind);
        Assert.False(result.NeedsRandomLookingValue);
    }

    [Theory]
    [InlineData("IMGPROXY_KEY")]
    [InlineData("REGISTER_PROBE_KEY")]
    [InlineData("CACHE_REDIS_PREFIX_KEY")]
    [InlineData("SUPABASE_SERVICE_ROLE_KEY")]
    public void ClassifyMarksBareKeyWeak(string key)
    {
        var result = SecretKeyClassifier.Classify(key);

        Assert.NotNull(result);
        Assert.Equal(SecretKind.SecretKey, result.Kind);
        Assert.True(result.NeedsRandomLookingValue);
    }

    [Theory]
    [InlineData("POSTGRES_PASSWORD_FILE")]
    [InlineData("REGISTRY_AUTH_HTPASSWD_PATH")]
    [InlineData("MEMCACHED_SASL_PWDB")]
    [InlineData("MYSQL_RANDOM_ROOT_PASSWORD")]
    [InlineData("MYSQL_ALLOW_EMPTY_PASSWORD")]
    [InlineData("ALLOW_EMPTY_PASSWORD")]
    [InlineData("PASSWORD_MIN_LENGTH")]
    [InlineData("TOKEN_TTL")]
    [InlineData("ARCHE_GATEWAY_TOKEN_TTL_SECONDS")]
    [InlineData("ACCESS_TOKEN_EXPIRY_TIME")]
    [InlineData("TOKEN_EXPIRY")]
    [InlineData("API_KEY_RATE_LIMIT")]
    [InlineData("BCRYPT_PASSWORD_ROUNDS")]
    [InlineData("PASSWORD_HISTORY_COUNT")]
    [InlineData("API_KEYS_ENABLED")]
    [InlineData("DISABLE_PASSWORD_LOGIN")]
    [InlineData("PGADMIN_CONFIG_MASTER_PASSWORD_REQUIRED")]
    [InlineData("PASSWORD_RESET_DISABLED")]
    [InlineData("PASSWORD_RESET_TOKEN_TTL")]
    [InlineData("DISABLED_EMAIL_AND_PASSWORD")]
    [InlineData("POSTGRES_USER")]
    [InlineData("SMTP_USERNAME")]
    [InlineData("AUTHENTIK_POSTGRESQL__HOST")]
    [InlineData("REDIS_PORT")]
    [InlineData("NEXTAUTH_URL")]
    [InlineData("OIDC_TOKEN_URI")]
    [InlineData("JWT_ALGORITHM")]
    [InlineData("API_KEY_HEADER")]
    [InlineData("REDIS_KEY_PREFIX")]
    [InlineData("DL_CRY_ACTUAL_KEY_ID")]
    [InlineData("SUPABASE_ANON_KEY")]
    [InlineData("SUPABASE_PUBLISHABLE_KEY")]
    [InlineData("LOGFLARE_PUBLIC_ACCESS_TOKEN")]
    [InlineData("OAUTHLIB_RELAX_TOKEN_SCOPE")]
    [InlineData("OG_PASSTHROUGH")]
    [InlineData("GITHUB_OAUTH_CLIENT")]
    [InlineData("AWS_REGION")]
    [InlineData("NGINX_CACHE_KEYS_ZONE_SIZE")]
    [InlineData("COMPASS_URL")]
    [InlineData("BYPASS")]
    [InlineData("PWD")]
    [InlineData("MONKEY")]
    [InlineData("")]
    [InlineData("__")]
    public void ClassifyIgnoresNonSecret(string key)
    {
        Assert.Null(SecretKeyClassifier.Classify(key));
    }

    [Theory]
    [InlineData("--requirepass", SecretKind.Password)]
    [InlineData("--password", SecretKind.Password)]
    [InlineData("--password=x", SecretKind.Password)]
    [InlineData("--pass", SecretKind.Password)]
    [InlineData("--api-key", SecretKind.InternalToken)]
    [InlineData("--token", SecretKind.InternalToken)]
    [InlineData("--openai-api-key", SecretKind.ExternalCredential)]
    public void ClassifyFlagFindsKind(string flag, SecretKind kind)
    {
        var result = SecretKeyClassifier.ClassifyFlag(flag);

        Assert.NotNull(result);
        Assert.Equal(kind, result.Kind);
    }

    [Theory]
    [InlineData("-p")]
    [InlineData("-a")]
    [InlineData("--default-authentication-plugin=mysql_native_password")]
    [InlineData("--appendonly")]
    [InlineData("--password-file")]
    [InlineData("--no-auth-warning")]
    public void ClassifyFlagIgnoresOthers(string flag)
    {
        Assert.Null(SecretKeyClassifier.ClassifyFlag(flag));
    }
}
