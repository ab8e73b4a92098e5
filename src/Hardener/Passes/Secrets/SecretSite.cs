using Hardener.Passes.Secrets.Detection;
using Hardener.Syntax.Yaml;
using Hardener.Template;
using Hardener.Text;

namespace Hardener.Passes.Secrets;

/// <summary>
/// One place that contains a literal secret.
/// </summary>
/// <param name="Label">Where it is, for messages: <c>service 'db' MYSQL_PASSWORD</c>.</param>
/// <param name="Key">The environment key, flag or URL key that names the secret, for naming its variable.</param>
/// <param name="Literal">The secret as written; empty for a pass-through entry.</param>
/// <param name="Scalar">The compose scalar that contains it; null for a template.toml entry.</param>
/// <param name="ValueSpan">The characters to replace, as offsets into the scalar's value or the env entry's value.</param>
/// <param name="ExistingVariable">The compose variable the site already uses, for an interpolation default or a pass-through entry.</param>
/// <param name="TomlEntry">The config.env entry, for a template.toml site.</param>
/// <param name="Offset">Where findings point, as an offset into the file that contains the site.</param>
internal sealed record SecretSite(
    SecretSiteKind Kind,
    string? Service,
    string Label,
    string Key,
    SecretKind SecretKind,
    string Literal,
    YamlScalarSyntax? Scalar,
    TextSpan ValueSpan,
    string? ExistingVariable,
    EnvEntry? TomlEntry,
    int Offset)
{
    /// <summary>Tells whether the secret sits inside a URL, where its replacement must be URL-safe; set for URLs in template.toml.</summary>
    public bool IsInsideUrl { get; init; } = Kind == SecretSiteKind.UrlPassword;

    /// <summary>The [variables] entry that contains the literal, for a template.toml variable site.</summary>
    public TemplateVariable? TomlVariable { get; init; }
}
