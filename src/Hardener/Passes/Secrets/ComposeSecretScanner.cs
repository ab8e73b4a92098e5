using Hardener.Compose;
using Hardener.Compose.Interpolation;
using Hardener.Passes.Secrets.Detection;
using Hardener.Syntax.Yaml;
using Hardener.Text;

namespace Hardener.Passes.Secrets;

/// <summary>
/// Finds the literal secrets of a compose file: environment values under secret keys, pass-through
/// entries of secret keys, passwords inside URLs, secret arguments of commands, entrypoints and
/// healthchecks, and values equal to a secret found elsewhere.
/// </summary>
internal sealed class ComposeSecretScanner
{
    private readonly List<SecretSite> _sites = [];
    private readonly List<(int Offset, string Message)> _warnings = [];
    private readonly List<(YamlScalarSyntax Scalar, string Value)> _unreplacedSecrets = [];
    private readonly HashSet<(int ScalarStart, int ValueStart)> _seen = [];

    public IReadOnlyList<SecretSite> Sites => _sites;

    /// <summary>Problems that are not replaceable secrets but that the user must hear about, at file offsets.</summary>
    public IReadOnlyList<(int Offset, string Message)> Warnings => _warnings;

    /// <summary>Values under secret keys that a warning reports but no site replaces, which output must still mask.</summary>
    public IReadOnlyList<(YamlScalarSyntax Scalar, string Value)> UnreplacedSecrets => _unreplacedSecrets;

    public static ComposeSecretScanner Scan(ComposeFile compose)
    {
        var scanner = new ComposeSecretScanner();
        foreach (var service in compose.Services)
        {
            foreach (var variable in service.Environment)
            {
                scanner.ScanEnvironmentVariable(service.Name, variable);
            }

            scanner.ScanCommand(service.Name, "command", service.Get("command"));
            scanner.ScanCommand(service.Name, "entrypoint", service.Get("entrypoint"));
            if (service.Get("healthcheck") is YamlMappingSyntax healthcheck)
            {
                scanner.ScanCommand(service.Name, "healthcheck test", MergedMapping.GetValue(healthcheck, "test"));
            }
        }

        RepeatedSecretScanner.Scan(compose, scanner._sites, scanner.Add);
        return scanner;
    }

    private void ScanEnvironmentVariable(string service, EnvironmentVariable variable)
    {
        var label = $"service '{service}' {variable.Key}";
        var classification = SecretKeyClassifier.Classify(variable.Key);
        var scalar = variable.Node;
        if (variable.Value is null)
        {
            if (classification is not null)
            {
                var end = scalar.Value.Length;
                var span = variable.Form == EnvironmentForm.List ? new TextSpan(end, end) : new TextSpan(0, scalar.IsEmpty ? 0 : end);
                Add(new SecretSite(SecretSiteKind.PassThrough, service, label, variable.Key, classification.Kind, "", scalar, span, variable.Key, null, scalar.Span.Start));
            }

            return;
        }

        // In list form the scalar is KEY=value, so the value starts after the first '='.
        var valueStart = scalar.Value.Length - variable.Value.Length;
        if (classification is not null && ScanSecretValue(service, label, variable, classification, valueStart))
        {
            return;
        }

        foreach (var url in UrlSecretFinder.Find(variable.Value))
        {
            // A percent-encoded password is the same secret as its decoded form on the server side.
            var literal = Uri.UnescapeDataString(variable.Value[url.Span.Start..url.Span.End]);
            var span = new TextSpan(valueStart + url.Span.Start, valueStart + url.Span.End);
            Add(new SecretSite(SecretSiteKind.UrlPassword, service, $"{label} (password in the URL)", variable.Key, UrlPasswordKind(variable.Key, url), literal, scalar, span, null, null, scalar.Span.Start));
        }
    }

    private static readonly HashSet<string> MailSchemes = new(StringComparer.OrdinalIgnoreCase) { "smtp", "smtps", "submission", "imap", "imaps", "pop3", "pop3s" };

    /// <summary>
    /// Judges the password of a URL under a key: an outside service's credential when the key or the scheme
    /// names one (<c>SMTP_URL</c>, <c>MAIL_URL</c>, <c>smtp://</c>), because only the user knows it; else a password.
    /// </summary>
    internal static SecretKind UrlPasswordKind(string key, UrlSecret url)
    {
        var words = KeyWords.Split(key).Where(word => word is not ("URL" or "URI" or "DSN" or "CONNECTION" or "STRING")).Append("PASSWORD");
        var isExternal = SecretKeyClassifier.Classify(string.Join("_", words))?.Kind == SecretKind.ExternalCredential
            || (url.Scheme is not null && MailSchemes.Contains(url.Scheme));
        return isExternal ? SecretKind.ExternalCredential : SecretKind.Password;
    }

    /// <summary>Adds the value when it is a literal secret; returns whether it was.</summary>
    private bool ScanSecretValue(string service, string label, EnvironmentVariable variable, SecretKeyClassification classification, int valueStart)
    {
        var value = variable.Value!;
        var scalar = variable.Node;
        var verdict = SecretValueClassifier.Classify(classification, value);
        if (verdict.Kind == SecretValueKind.Mixed && InterpolationParser.TryParse(value, out var parsed, out _) && parsed!.SuspectedLiteralDollars.Count > 0)
        {
            _warnings.Add((scalar.Span.Start, $"{label}: the value contains '$' followed by a name, which Compose replaces with a variable (usually empty), so the app never received the value as written; replace it with a generated secret, or write '$$' for a literal dollar"));
            _unreplacedSecrets.Add((scalar, value));
        }

        if (!verdict.IsSecret || verdict.SecretSpan is not { } secretSpan)
        {
            return false;
        }

        var literal = value[secretSpan.Start..secretSpan.End];
        var wholeValue = new TextSpan(valueStart, valueStart + value.Length);
        if (verdict.Kind == SecretValueKind.HardcodedDefault)
        {
            var existing = InterpolationParser.Parse(value).Variables[0].Name;
            Add(new SecretSite(SecretSiteKind.InterpolationDefault, service, $"{label} (default of ${{{existing}}})", variable.Key, classification.Kind, literal, scalar, wholeValue, existing, null, scalar.Span.Start));
        }
        else
        {
            // A format prefix such as "base64:" stays in the file in front of the variable.
            var prefix = SecretShapes.GetFormatPrefixLength(literal);
            var secretValue = new TextSpan(wholeValue.Start + prefix, wholeValue.End);
            Add(new SecretSite(SecretSiteKind.EnvironmentValue, service, label, variable.Key, classification.Kind, literal[prefix..], scalar, secretValue, null, null, scalar.Span.Start));
        }

        return true;
    }

    private void ScanCommand(string service, string setting, YamlNodeSyntax? node)
    {
        if (node is YamlScalarSyntax command)
        {
            foreach (var secret in CommandSecretFinder.Find(command.Value))
            {
                AddArgument(service, setting, command, secret);
            }
        }
        else if (node is YamlSequenceSyntax sequence)
        {
            var items = sequence.Items.Select(MergedMapping.Resolve).ToList();
            if (items.Any(item => item is not YamlScalarSyntax))
            {
                return;
            }

            var scalars = items.Cast<YamlScalarSyntax>().ToList();
            foreach (var secret in CommandSecretFinder.Find(scalars.Select(item => item.Value).ToList()))
            {
                AddArgument(service, setting, scalars[secret.ArgumentIndex ?? 0], secret);
            }
        }
    }

    private void AddArgument(string service, string setting, YamlScalarSyntax scalar, CommandSecret secret)
    {
        var literal = scalar.Value[secret.Span.Start..secret.Span.End];
        var label = $"service '{service}' {setting} argument {secret.Flag}";
        Add(new SecretSite(SecretSiteKind.CommandArgument, service, label, secret.Flag, secret.Kind, literal, scalar, secret.Span, null, null, scalar.Span.Start));
    }

    /// <summary>Adds a site unless an anchor shared by several services already brought the same characters.</summary>
    private void Add(SecretSite site)
    {
        if (_seen.Add((site.Scalar!.Span.Start, site.ValueSpan.Start)))
        {
            _sites.Add(site);
        }
    }
}
