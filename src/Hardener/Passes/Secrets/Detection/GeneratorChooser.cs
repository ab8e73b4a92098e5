namespace Hardener.Passes.Secrets.Detection;

/// <summary>Chooses the <c>template.toml</c> helper that generates a replacement for a literal secret.</summary>
public static class GeneratorChooser
{
    /// <summary>
    /// Chooses a generator for a secret of the given kind, or returns null for an <see cref="SecretKind.ExternalCredential"/>,
    /// which only the user can supply.
    /// </summary>
    /// <param name="kind">What the secret is for.</param>
    /// <param name="literal">The literal being replaced, whose UUID, hex or base64 form is kept. Null when there is none.</param>
    /// <param name="insideUrl">True when the value sits in a URL, where only URL-safe helpers may be used.</param>
    /// <remarks>
    /// Defaults: passwords <c>${password:32}</c>, secret keys <c>${base64:64}</c>, JWT secrets <c>${base64:48}</c>,
    /// internal tokens <c>${password:48}</c>. Inside a URL a base64 choice becomes <c>${password:N}</c>
    /// with N the default byte count (or <c>${hash:2N}</c> for a base64 literal of N bytes), because <c>+</c>, <c>/</c> and
    /// <c>=</c> would need percent-encoding there.
    /// </remarks>
    public static DokployGenerator? Choose(SecretKind kind, string? literal, bool insideUrl)
    {
        if (kind == SecretKind.ExternalCredential)
        {
            return null;
        }

        var (shape, size) = literal is null ? (SecretShape.Free, 0) : SecretShapes.Detect(literal);
        switch (shape)
        {
            case SecretShape.Uuid:
                return DokployGenerator.Uuid;
            case SecretShape.Hex:
                return DokployGenerator.Hash(size);
            case SecretShape.Base64:
                return insideUrl ? DokployGenerator.Hash(size * 2) : DokployGenerator.Base64(size);
        }

        return kind switch
        {
            SecretKind.Password => DokployGenerator.Password(32),
            SecretKind.InternalToken => DokployGenerator.Password(48),
            SecretKind.JwtSecret => insideUrl ? DokployGenerator.Password(48) : DokployGenerator.Base64(48),
            _ => insideUrl ? DokployGenerator.Password(64) : DokployGenerator.Base64(64),
        };
    }
}
