using Hardener.Diagnostics;
using Hardener.Engine;
using Hardener.Passes.Secrets.Detection;
using Hardener.Syntax.Yaml;
using Hardener.Template;
using Hardener.Text;

namespace Hardener.Passes.Secrets;

/// <summary>
/// Replaces literal secrets with required compose variables (<c>${NAME:?Set …}</c>) and adds the
/// template.toml variables that generate them on deploy, wired through config.env. One literal used in
/// several places becomes one variable. Credentials of outside services are left for the user to fill.
/// </summary>
public sealed class SecretsPass : IPass, ISecretSource
{
    public const string Id = "secrets";

    public PassDescriptor Descriptor { get; } = new(
        Id,
        "Secrets are generated on deploy, not written in the template",
        "Secrets",
        Severity.Error,
        Fixable: true,
        "A password, key or token written in the template is the same on every deploy and is public with the template. "
        + "Each becomes `${NAME:?Set …}` in the compose file and a generated `[variables]` entry (`${password:32}`, `${base64:64}` …) "
        + "linked through `config.env`; credentials of outside services become empty env entries the user must fill.");

    public void Run(PassContext context)
    {
        // The processor has already registered and located every secret found here, through LocateSecrets.
        var scan = ComposeSecretScanner.Scan(context.Compose);
        foreach (var (offset, message) in scan.Warnings)
        {
            context.Report(TemplateFileKind.Compose, offset, message, fixable: false, isFixed: false, Severity.Warning);
        }

        var sites = FindSites(scan, context.Compose, context.Toml);
        if (sites.Count == 0)
        {
            return;
        }

        if (TargetToml(context, out var reason) is not { } toml)
        {
            sites.ForEach(site => Report(context, site, $"{site.Label}: {Describe(site)}; {reason}", isFixed: false));
            return;
        }

        var variableNames = toml.Variables.Select(variable => variable.Name).ToHashSet(StringComparer.Ordinal);
        var groups = SecretPlanner.Plan(sites, SecretPlanner.TakenNames(context.Compose, context.Toml), variableNames, toml.Env);
        var rewritable = new List<SecretGroup>();
        foreach (var group in groups)
        {
            if (SecretGroupChecks.FindReasonToKeep(group, context.Compose, toml) is { } keepReason)
            {
                group.Sites.ToList().ForEach(site => Report(context, site, $"{site.Label}: {Describe(site)} left as it is: {keepReason}", isFixed: false, Severity.Warning));
            }
            else
            {
                rewritable.Add(group);
            }
        }

        new SecretRewriter(context, toml).Rewrite(rewritable);
    }

    /// <summary>Lists the sites the pass acts on: every literal secret found, less optional pass-through entries and account names.</summary>
    internal static List<SecretSite> FindSites(ComposeSecretScanner scan, Compose.ComposeFile compose, TemplateToml? toml) =>
        scan.Sites.Concat(toml is null ? [] : TomlSecretScanner.Scan(toml))
            .Where(site => !IsOptionalPassThrough(site, toml) && !IsAccountName(site, compose) && !IsOutsidePassThrough(site))
            .ToList();

    /// <summary>
    /// Tells whether a pass-through entry names an outside service's credential. There is no literal to
    /// remove, and requiring it would stop every deploy of a template whose mail or storage is optional.
    /// </summary>
    private static bool IsOutsidePassThrough(SecretSite site) =>
        site.Kind == SecretSiteKind.PassThrough && site.SecretKind == SecretKind.ExternalCredential;

    /// <summary>
    /// Tells whether a pass-through entry is optional: config.env sets its key to an empty value on
    /// purpose (mail or single sign-on switched off), and requiring it would stop every deploy.
    /// </summary>
    private static bool IsOptionalPassThrough(SecretSite site, TemplateToml? toml) =>
        site.Kind == SecretSiteKind.PassThrough && toml is not null
        && toml.Env.Any(entry => entry.Key == site.ExistingVariable && entry.Value.Length == 0);

    /// <summary>
    /// Tells whether an outside-looking credential is the account name of a server in the template: an
    /// access key id equal to MINIO_ROOT_USER is the bundled MinIO's user, not something to ask for.
    /// </summary>
    private static bool IsAccountName(SecretSite site, Compose.ComposeFile compose) =>
        site.SecretKind == SecretKind.ExternalCredential && site.Literal.Length > 0
        && compose.Services.SelectMany(service => service.Environment)
            .Any(variable => variable.Value == site.Literal && SecretKeyClassifier.Classify(variable.Key) is null);

    /// <summary>Registers every secret the pass would act on (the registry masks them in unexpected errors) and returns where each is written.</summary>
    public IReadOnlyList<SecretLocation> LocateSecrets(Compose.ComposeFile compose, TemplateToml? toml, SecretRegistry secrets)
    {
        var scan = ComposeSecretScanner.Scan(compose);
        var locations = new List<SecretLocation>();
        foreach (var site in FindSites(scan, compose, toml))
        {
            secrets.Add(site.Literal);
            if (SecretLocator.Locate(site, compose, toml) is { } location)
            {
                locations.Add(location);
            }

            locations.AddRange(SecretLocator.LocateCopiesInBlocks(compose, site.Literal));
        }

        foreach (var (scalar, value) in scan.UnreplacedSecrets)
        {
            secrets.Add(value);
            locations.Add(new SecretLocation(TemplateFileKind.Compose, scalar.ContentSpan, value.Length));
        }

        return locations;
    }

    /// <summary>Returns the template.toml to add variables to: the template's own, or a new empty one when the user allows it.</summary>
    private static TemplateToml? TargetToml(PassContext context, out string reason)
    {
        reason = "";
        if (context.Toml is not null)
        {
            return context.Toml;
        }

        if (context.TomlText is not null)
        {
            reason = "template.toml has syntax errors, so nothing was changed; fix them and run again";
            return null;
        }

        if (!context.Options.CreateTemplateToml)
        {
            reason = "there is no template.toml to generate it in, so nothing was changed; add one or pass --create-template-toml";
            return null;
        }

        return TemplateToml.Parse("", context.Template.TomlPath);
    }

    internal static string Describe(SecretSite site) => site.Kind == SecretSiteKind.PassThrough
        ? "a secret passed through without a value or a default"
        : $"a literal secret ({SecretMask.Mask(site.Literal)})";

    /// <summary>Reports a finding at the site; a warning is advice, not something the pass can fix.</summary>
    internal static void Report(PassContext context, SecretSite site, string message, bool isFixed, Severity? severity = null)
    {
        var file = site.Scalar is null ? TemplateFileKind.TemplateToml : TemplateFileKind.Compose;
        context.Report(file, site.Offset, message, fixable: severity != Severity.Warning, isFixed, severity);
    }
}
