using System.Text.RegularExpressions;
using Hardener.Compose.Interpolation;
using Hardener.Text;

namespace Hardener.Passes.Secrets.Detection;

/// <summary>
/// Finds literal secrets inside URLs and connection strings: the password of <c>scheme://user:PASSWORD@host</c>
/// and the value of secret-naming query parameters such as <c>?password=x</c> or <c>&amp;secretKey=x</c>.
/// </summary>
/// <remarks>
/// Defaults and alternatives inside references are searched too, because compose delivers them literally.
/// Variable references are otherwise skipped as a whole, so <c>postgres://${DB_USER}:literal@${DB_HOST}/x</c> yields
/// <c>literal</c>. A password that contains any reference, such as <c>${DB_PASSWORD}</c>, is not reported.
/// The user info ends at the last <c>@</c> before the first <c>/</c>, <c>?</c> or <c>#</c>, so a raw <c>@</c>
/// in a password is tolerated but a raw <c>/</c> is not, as RFC 3986 requires it to be percent-encoded.
/// A replacement must be URL-safe: choose it with <see cref="GeneratorChooser"/> and <c>insideUrl</c> set.
/// </remarks>
public static partial class UrlSecretFinder
{
    /// <summary>Finds the literal secrets in a compose value, in text order. Returns none for a value compose would reject.</summary>
    public static IReadOnlyList<UrlSecret> Find(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!InterpolationParser.TryParse(value, out var parsed, out _))
        {
            return [];
        }

        var found = new List<UrlSecret>();
        foreach (var sequence in LiteralSequences(parsed!))
        {
            FindInSequence(value, sequence, found);
        }

        return found.OrderBy(secret => secret.Span.Start).ToList();
    }

    // The value itself, and every default or alternative inside it, because compose delivers those literally.
    // So ${DATABASE_URL:-postgres://app:literal@db/app} puts "literal" in the app's URL whenever DATABASE_URL is unset.
    private static IEnumerable<InterpolatedString> LiteralSequences(InterpolatedString sequence)
    {
        yield return sequence;
        foreach (var variable in sequence.Parts.OfType<VariablePart>())
        {
            var delivered = variable.Operator is not (VariableOperator.None or VariableOperator.Required or VariableOperator.RequiredNonEmpty);
            if (delivered && variable.Operand is not null)
            {
                foreach (var nested in LiteralSequences(variable.Operand))
                {
                    yield return nested;
                }
            }
        }
    }

    private static void FindInSequence(string value, InterpolatedString sequence, List<UrlSecret> found)
    {
        var variableSpans = sequence.Parts.OfType<VariablePart>().Select(part => part.Span).ToList();
        var text = sequence.Text;
        var offset = sequence.Span.Start;
        var shifted = variableSpans.Select(span => new TextSpan(span.Start - offset, span.End - offset)).ToList();
        var local = new List<UrlSecret>();
        foreach (Match scheme in SchemePattern().Matches(text))
        {
            if (!IsInside(shifted, scheme.Index))
            {
                AddUserInfoPassword(text, shifted, scheme, local);
            }
        }

        foreach (Match parameter in QueryParameterPattern().Matches(text))
        {
            AddQueryParameter(text, shifted, parameter, local);
        }

        found.AddRange(local.Select(secret => secret with { Span = new TextSpan(secret.Span.Start + offset, secret.Span.End + offset) }));
    }

    private static void AddUserInfoPassword(string value, List<TextSpan> variableSpans, Match scheme, List<UrlSecret> found)
    {
        var authorityStart = scheme.Index + scheme.Length;
        var authorityEnd = authorityStart;
        var at = -1;
        var colon = -1;
        while (authorityEnd < value.Length)
        {
            var variable = variableSpans.FirstOrDefault(span => span.Start == authorityEnd);
            if (!variable.IsEmpty)
            {
                authorityEnd = variable.End;
                continue;
            }

            var c = value[authorityEnd];
            if (c is '/' or '?' or '#' or '"' or '\'' or '`' || char.IsWhiteSpace(c))
            {
                break;
            }

            if (c == '@')
            {
                at = authorityEnd;
            }
            else if (c == ':' && colon < 0 && at < 0)
            {
                colon = authorityEnd;
            }

            authorityEnd++;
        }

        if (at < 0 || colon < 0 || colon > at)
        {
            return;
        }

        var password = new TextSpan(colon + 1, at);
        if (!password.IsEmpty && !variableSpans.Any(span => span.OverlapsWith(password)))
        {
            found.Add(new UrlSecret(password, scheme.Groups["scheme"].Value, null));
        }
    }

    private static void AddQueryParameter(string value, List<TextSpan> variableSpans, Match parameter, List<UrlSecret> found)
    {
        var name = parameter.Groups["name"].Value;
        var secretValue = parameter.Groups["value"];
        var span = TextSpan.FromLength(secretValue.Index, secretValue.Length);
        if (span.IsEmpty || IsInside(variableSpans, parameter.Index) || variableSpans.Any(variable => variable.OverlapsWith(span)))
        {
            return;
        }

        // An access key id (accessKey, access_key_id) names the account, like a user name, so it stays.
        var words = KeyWords.Split(name);
        var isAccessKeyId = words.Contains("ACCESS") && !words.Contains("SECRET");
        if (!isAccessKeyId && SecretKeyClassifier.Classify(name) is { NeedsRandomLookingValue: false })
        {
            var scheme = SchemePattern().Matches(value[..parameter.Index]).LastOrDefault()?.Groups["scheme"].Value;
            found.Add(new UrlSecret(span, scheme, name));
        }
    }

    private static bool IsInside(List<TextSpan> spans, int offset) => spans.Any(span => span.Contains(offset));

    [GeneratedRegex(@"(?<scheme>[A-Za-z][A-Za-z0-9+.-]*)://")]
    private static partial Regex SchemePattern();

    [GeneratedRegex(@"[?&;](?<name>[A-Za-z][A-Za-z0-9_.-]*)=(?<value>[^&;#\s""'`]*)")]
    private static partial Regex QueryParameterPattern();
}
