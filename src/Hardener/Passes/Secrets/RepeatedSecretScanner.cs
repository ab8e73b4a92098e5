using Hardener.Compose;
using Hardener.Passes.Secrets.Detection;
using Hardener.Syntax.Yaml;
using Hardener.Text;

namespace Hardener.Passes.Secrets;

/// <summary>
/// Finds copies of secrets already found, in values that no rule flagged: a database password that
/// also sits in an app's setting with an unusual name, or inside a shell script of a healthcheck.
/// </summary>
/// <remarks>
/// Only literals that look random are searched for. A word such as <c>postgres</c> is also the scheme,
/// user, host and database of <c>postgres://postgres:postgres@postgres/postgres</c>, and a literal that is
/// also the whole value of a non-secret entry (<c>POSTGRES_USER: postgres</c>) is ambiguous, so neither can
/// be told apart from the secret by its characters. Copies of such literals are left for the other rules.
/// </remarks>
internal static class RepeatedSecretScanner
{
    private const int MinimumLength = 8;

    public static void Scan(ComposeFile compose, IReadOnlyList<SecretSite> sites, Action<SecretSite> add)
    {
        var bySecret = sites.Where(site => site.Literal.Length >= MinimumLength && SecretShapes.LooksRandom(site.Literal)).GroupBy(site => site.Literal).ToDictionary(group => group.Key, group => group.First());
        var plainValues = compose.Services
            .SelectMany(service => service.Environment)
            .Where(variable => variable.Value is not null && SecretKeyClassifier.Classify(variable.Key) is null)
            .Select(variable => variable.Value!)
            .ToHashSet(StringComparer.Ordinal);
        var known = new KnownSecrets(bySecret.Keys.Where(literal => !plainValues.Contains(literal)));
        var covered = sites.Where(site => site.Scalar is not null).Select(site => (site.Scalar!.Span.Start, site.ValueSpan)).ToList();

        foreach (var service in compose.Services)
        {
            foreach (var scalar in CandidateScalars(service))
            {
                foreach (var span in known.FindIn(scalar.Value))
                {
                    if (covered.Any(site => site.Start == scalar.Span.Start && site.ValueSpan.OverlapsWith(span)))
                    {
                        continue;
                    }

                    var literal = scalar.Value[span.Start..span.End];
                    var original = bySecret[literal];
                    var label = $"service '{service.Name}' (a copy of the secret of {original.Label})";
                    // A copy after "://" sits in a URL, where only a URL-safe generator keeps the URL valid.
                    var insideUrl = span.Start >= 3 && scalar.Value.LastIndexOf("://", span.Start - 1, StringComparison.Ordinal) >= 0;
                    add(new SecretSite(SecretSiteKind.RepeatedValue, service.Name, label, original.Key, original.SecretKind, literal, scalar, span, null, null, scalar.Span.Start) { IsInsideUrl = insideUrl });
                    covered.Add((scalar.Span.Start, span));
                }
            }
        }
    }

    /// <summary>Lists the scalars a secret may be copied into: environment values, commands, entrypoints and healthcheck tests.</summary>
    private static IEnumerable<YamlScalarSyntax> CandidateScalars(ComposeService service)
    {
        foreach (var variable in service.Environment.Where(variable => variable.Value is not null))
        {
            yield return variable.Node;
        }

        var healthcheck = service.Get("healthcheck") as YamlMappingSyntax;
        var commands = new[] { service.Get("command"), service.Get("entrypoint"), healthcheck is null ? null : MergedMapping.GetValue(healthcheck, "test") };
        foreach (var node in commands)
        {
            if (node is YamlScalarSyntax scalar)
            {
                yield return scalar;
            }
            else if (node is YamlSequenceSyntax sequence)
            {
                foreach (var item in sequence.Items.Select(MergedMapping.Resolve).OfType<YamlScalarSyntax>())
                {
                    yield return item;
                }
            }
        }
    }
}
