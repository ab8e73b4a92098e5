using Hardener.Text;

namespace Hardener.Passes.Secrets.Detection;

/// <summary>
/// Secret literals already found elsewhere in a template, for spotting the same value under a key or in a URL
/// that names no secret, such as <c>PGPASSWORD_FOR_BACKUP: postgres</c> next to <c>POSTGRES_PASSWORD: postgres</c>.
/// </summary>
/// <remarks>
/// Comparison is ordinal and exact: no trimming, case folding or Unicode normalisation, because the app
/// receives exactly these characters. Callers pass literals after compose unescaping (<c>$$</c> as <c>$</c>).
/// Empty literals are ignored, because an empty value matches nothing.
/// </remarks>
public sealed class KnownSecrets
{
    private readonly HashSet<string> _secrets;

    /// <summary>Creates the set from secret literals found so far.</summary>
    public KnownSecrets(IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        _secrets = new HashSet<string>(secrets.Where(secret => secret.Length > 0), StringComparer.Ordinal);
    }

    /// <summary>True when the value is exactly one of the known secrets.</summary>
    public bool Matches(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return _secrets.Contains(value);
    }

    /// <summary>
    /// Finds every occurrence of a known secret inside a longer text. Longer secrets win where two would overlap,
    /// and the spans come in text order.
    /// </summary>
    public IReadOnlyList<TextSpan> FindIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<TextSpan>();
        foreach (var secret in _secrets.OrderByDescending(secret => secret.Length).ThenBy(secret => secret, StringComparer.Ordinal))
        {
            var start = text.IndexOf(secret, StringComparison.Ordinal);
            while (start >= 0)
            {
                var span = TextSpan.FromLength(start, secret.Length);
                if (!found.Any(existing => existing.OverlapsWith(span)))
                {
                    found.Add(span);
                }

                start = text.IndexOf(secret, start + 1, StringComparison.Ordinal);
            }
        }

        return found.OrderBy(span => span.Start).ToList();
    }
}
