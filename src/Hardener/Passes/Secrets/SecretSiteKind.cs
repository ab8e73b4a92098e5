namespace Hardener.Passes.Secrets;

/// <summary>Where in a template a literal secret was found, which decides how it is replaced.</summary>
internal enum SecretSiteKind
{
    /// <summary>The whole value of an environment entry.</summary>
    EnvironmentValue,

    /// <summary>The literal default of <c>${VAR:-literal}</c>; the whole value becomes the required form of VAR.</summary>
    InterpolationDefault,

    /// <summary>An entry with no value (<c>- DB_PASS</c>) under a secret key; it gains the required form.</summary>
    PassThrough,

    /// <summary>The password of a URL or a secret query parameter, inside a larger value.</summary>
    UrlPassword,

    /// <summary>An argument of a command, an entrypoint or a healthcheck test.</summary>
    CommandArgument,

    /// <summary>A value equal to a secret found elsewhere in the template.</summary>
    RepeatedValue,

    /// <summary>A literal value in template.toml's config.env.</summary>
    TomlEnvValue,

    /// <summary>A literal value of a template.toml [variables] entry, where a generator belongs.</summary>
    TomlVariableValue,
}
