namespace Hardener.Passes.Secrets.Detection;

/// <summary>What the value under a secret-naming key turned out to be.</summary>
public enum SecretValueKind
{
    /// <summary>An empty value, which sets nothing.</summary>
    Empty,

    /// <summary>A reference such as <c>${X}</c>, <c>$X</c> or <c>${X:?message}</c>, with no literal fallback.</summary>
    Interpolated,

    /// <summary>Variables mixed with literal text, such as <c>prefix-${X}</c>, which is not one secret to replace.</summary>
    Mixed,

    /// <summary>A file path such as <c>/run/secrets/db_password</c> or <c>./secret.txt</c>.</summary>
    Path,

    /// <summary>A boolean, or a short number that is a switch or limit rather than a secret.</summary>
    Switch,

    /// <summary>A public key, such as an SSH or PEM public key.</summary>
    PublicKey,

    /// <summary>A value that does not look random under a key that only hints at a secret.</summary>
    NotRandom,

    /// <summary>A hardcoded secret, placeholders such as <c>changeme</c> included.</summary>
    Hardcoded,

    /// <summary>A reference whose default is a hardcoded secret, such as <c>${DB_PASSWORD:-gitea}</c>.</summary>
    HardcodedDefault,

    /// <summary>A value compose rejects as an invalid template, so it cannot be judged.</summary>
    Invalid,
}
