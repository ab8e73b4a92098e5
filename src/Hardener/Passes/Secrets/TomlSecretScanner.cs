using Hardener.Passes.Secrets.Detection;
using Hardener.Syntax.Toml;
using Hardener.Template;
using Hardener.Text;

namespace Hardener.Passes.Secrets;

/// <summary>Finds literal secrets in template.toml's config.env: values under secret keys and passwords inside URLs.</summary>
internal static class TomlSecretScanner
{
    public static IReadOnlyList<SecretSite> Scan(TemplateToml toml)
    {
        var sites = new List<SecretSite>();
        foreach (var entry in toml.Env)
        {
            var label = $"template.toml env {entry.Key}";
            var classification = SecretKeyClassifier.Classify(entry.Key);
            if (classification is not null && SecretValueClassifier.Classify(classification, entry.Value) is { IsSecret: true, Kind: SecretValueKind.Hardcoded, SecretSpan: { } span })
            {
                // A format prefix such as "base64:" stays in the value in front of the variable.
                var prefix = SecretShapes.GetFormatPrefixLength(entry.Value[span.Start..span.End]);
                var secretSpan = new TextSpan(span.Start + prefix, span.End);
                var literal = entry.Value[secretSpan.Start..secretSpan.End];
                sites.Add(new SecretSite(SecretSiteKind.TomlEnvValue, null, label, entry.Key, classification.Kind, literal, null, secretSpan, entry.Key, entry, entry.ValueSpan.Start));
                continue;
            }

            foreach (var url in UrlSecretFinder.Find(entry.Value))
            {
                // A percent-encoded password is the same secret as its decoded form on the server side.
                var literal = Uri.UnescapeDataString(entry.Value[url.Span.Start..url.Span.End]);
                sites.Add(new SecretSite(SecretSiteKind.TomlEnvValue, null, $"{label} (password in the URL)", entry.Key, ComposeSecretScanner.UrlPasswordKind(entry.Key, url), literal, null, url.Span, null, entry, entry.ValueSpan.Start) { IsInsideUrl = true });
            }
        }

        foreach (var variable in toml.Variables)
        {
            // A value with ${...} is a Dokploy helper or a reference; only a plain literal is a secret here.
            var classification = SecretKeyClassifier.Classify(variable.Name);
            if (classification is null || variable.Style == TomlStringKind.NotString || variable.Value.Contains("${", StringComparison.Ordinal))
            {
                continue;
            }

            if (SecretValueClassifier.Classify(classification, variable.Value) is { IsSecret: true, Kind: SecretValueKind.Hardcoded })
            {
                var label = $"template.toml variable {variable.Name}";
                sites.Add(new SecretSite(SecretSiteKind.TomlVariableValue, null, label, variable.Name, classification.Kind, variable.Value, null, new TextSpan(0, variable.Value.Length), null, null, variable.ValueSpan.Start) { TomlVariable = variable });
            }
        }

        return sites;
    }
}
