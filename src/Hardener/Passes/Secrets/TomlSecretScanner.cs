using Hardener.Passes.Secrets.Detection;
using Hardener.Template;

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
                var literal = entry.Value[span.Start..span.End];
                sites.Add(new SecretSite(SecretSiteKind.TomlEnvValue, null, label, entry.Key, classification.Kind, literal, null, span, entry.Key, entry, entry.ValueSpan.Start));
                continue;
            }

            foreach (var url in UrlSecretFinder.Find(entry.Value))
            {
                var literal = entry.Value[url.Span.Start..url.Span.End];
                sites.Add(new SecretSite(SecretSiteKind.TomlEnvValue, null, $"{label} (password in the URL)", entry.Key, ComposeSecretScanner.UrlPasswordKind(entry.Key, url), literal, null, url.Span, null, entry, entry.ValueSpan.Start) { IsInsideUrl = true });
            }
        }

        return sites;
    }
}
