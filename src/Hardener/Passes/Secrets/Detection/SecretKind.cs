namespace Hardener.Passes.Secrets.Detection;

/// <summary>What a secret is for, which decides whether the tool can generate it and with which helper.</summary>
public enum SecretKind
{
    /// <summary>A password of a database, cache, broker or user that the template itself sets up.</summary>
    Password,

    /// <summary>A secret key, encryption key, signing key, master key, salt or pepper of the app.</summary>
    SecretKey,

    /// <summary>The secret that signs JSON Web Tokens.</summary>
    JwtSecret,

    /// <summary>A token the app issues to or checks against itself: its own API key, a session or cookie secret.</summary>
    InternalToken,

    /// <summary>
    /// A credential of an outside service, such as an SMTP password, an S3 key pair, an OAuth client secret
    /// or a third-party API key. Only the user can supply it, so the tool must not generate it.
    /// </summary>
    ExternalCredential,
}
