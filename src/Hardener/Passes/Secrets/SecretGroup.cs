using Hardener.Passes.Secrets.Detection;

namespace Hardener.Passes.Secrets;

/// <summary>
/// The sites that hold one literal, which all become one variable.
/// </summary>
/// <param name="Generator">The Dokploy helper that generates the value; null for an outside service's credential the user supplies.</param>
internal sealed record SecretGroup(string Literal, IReadOnlyList<SecretSite> Sites, SecretVariableName Name, DokployGenerator? Generator)
{
    public bool IsUserInput => Generator is null;

    public SecretSite First => Sites[0];

    /// <summary>The compose form that requires the variable: <c>${NAME:?Set …}</c>.</summary>
    public string RequiredReference => IsUserInput
        ? $"${{{Name.ComposeName}:?Set {YourDescription(Name.Description)}}}"
        : Name.ToRequiredReference();

    /// <summary>The compose text that replaces a site: a pass-through entry keeps its own variable, every other site takes the group's.</summary>
    public string ReferenceFor(SecretSite site) => site.Kind == SecretSiteKind.PassThrough && site.ExistingVariable != Name.ComposeName
        ? $"${{{site.ExistingVariable}:?Set {SecretDescriber.Describe(site.ExistingVariable!)}}}"
        : RequiredReference;

    /// <summary>The template.toml form that refers to the generated variable: <c>${name}</c>.</summary>
    public string TomlReference => $"${{{Name.TomlName}}}";

    private static string YourDescription(string description) =>
        description.StartsWith("the ", StringComparison.Ordinal) ? "your " + description[4..] : description;
}
