namespace Hardener.Passes.Secrets.Detection;

/// <summary>The names that wire one replaced secret from <c>template.toml</c> to the compose file.</summary>
/// <param name="ComposeName">The compose variable, in upper snake case, such as <c>POSTGRES_PASSWORD</c>.</param>
/// <param name="TomlName">The <c>template.toml</c> variable, in lower snake case, such as <c>postgres_password</c>.</param>
/// <param name="Description">What the secret is, for the <c>${NAME:?Set …}</c> message, such as <c>the PostgreSQL password</c>.</param>
public sealed record SecretVariableName(string ComposeName, string TomlName, string Description)
{
    /// <summary>Returns the required reference that replaces the literal, such as <c>${POSTGRES_PASSWORD:?Set the PostgreSQL password}</c>.</summary>
    public string ToRequiredReference() => $"${{{ComposeName}:?Set {Description}}}";
}
