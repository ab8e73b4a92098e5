using Hardener.Compose.Interpolation;
using Hardener.Text;

namespace Hardener.Passes.Secrets.Detection;

/// <summary>
/// Finds literal secrets in <c>command</c>, <c>entrypoint</c> and healthcheck <c>test</c> arguments, in string and list form.
/// </summary>
/// <remarks>
/// Long flags are judged by name (<c>--requirepass x</c>, <c>--password=x</c>, <c>--api-key x</c>, <c>--token x</c>).
/// Short flags depend on the program: <c>-pPASS</c> and <c>-p PASS</c> for mysql-like clients and mongosh, <c>-a PASS</c>
/// for redis-cli and its forks. Elsewhere <c>-p</c> is often a port (<c>rails s -p 3000</c>), so it is ignored.
/// A quoted argument that contains spaces, such as the script of <c>sh -c "…"</c>, is searched as a command itself.
/// Values that are references (<c>${X}</c>, <c>$X</c>) or escaped shell variables (<c>$$X</c>) are not secrets.
/// NOTE: mysql itself reads <c>-p PASS</c> as a password prompt followed by a database name, but templates that
/// write it mean a password, so it is reported.
/// </remarks>
public static class CommandSecretFinder
{
    private static readonly HashSet<string> MySqlClients =
        ["mysql", "mysqladmin", "mysqldump", "mysqlcheck", "mariadb", "mariadb-admin", "mariadb-dump", "mariadb-check", "mongosh", "mongo"];

    private static readonly HashSet<string> RedisClients = ["redis-cli", "valkey-cli", "keydb-cli"];

    // Flags whose names carry no secret noun but whose values are passwords.
    private static readonly HashSet<string> PasswordFlags = ["--masterauth", "--auth"];

    private static readonly HashSet<string> ListPrefixes = ["CMD", "CMD-SHELL", "NONE"];

    /// <summary>Finds secrets in a string-form command.</summary>
    public static IReadOnlyList<CommandSecret> Find(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var found = new List<CommandSecret>();
        Scan(ShellTokenizer.Split(command), null, command, found);
        return found;
    }

    /// <summary>Finds secrets in a list-form command, such as <c>["redis-server", "--requirepass", "x"]</c>.</summary>
    public static IReadOnlyList<CommandSecret> Find(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var found = new List<CommandSecret>();
        var tokens = arguments
            .Select((argument, index) => new ShellToken(argument, new TextSpan(index, index), false))
            .SkipWhile(token => ListPrefixes.Contains(token.Text))
            .ToList();
        Scan(tokens, arguments, null, found);
        return found;
    }

    // In list form a token's span is (index, index), and each argument is searched as a command of its own
    // when it contains spaces, as the script of CMD-SHELL or sh -c does.
    private static void Scan(List<ShellToken> tokens, IReadOnlyList<string>? arguments, string? text, List<CommandSecret> found)
    {
        string? program = null;
        var startsSegment = true;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Text is ";" or "&&" or "||" or "|" or "&")
            {
                startsSegment = true;
                continue;
            }

            if (startsSegment)
            {
                program = Path.GetFileName(token.Text);
                startsSegment = false;
            }

            if (token.Text.Any(char.IsWhiteSpace) && (token.Quoted || arguments is not null))
            {
                ScanNested(token, arguments, found);
                continue;
            }

            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            var match = MatchFlag(token, next, program);
            if (match is null)
            {
                continue;
            }

            var (valueToken, valueStart, flag, kind) = match.Value;
            if (!ReferenceEquals(valueToken, token))
            {
                i++;
            }

            if (!IsLiteral(valueToken.Text[valueStart..]))
            {
                continue;
            }

            var index = arguments is null ? (int?)null : valueToken.Span.Start;
            var span = arguments is null
                ? new TextSpan(valueToken.Span.Start + valueStart, valueToken.Span.End)
                : new TextSpan(valueStart, valueToken.Text.Length);
            found.Add(new CommandSecret(index, span, flag, program, kind));
        }
    }

    private static void ScanNested(ShellToken token, IReadOnlyList<string>? arguments, List<CommandSecret> found)
    {
        var inner = Find(token.Text);
        foreach (var secret in inner)
        {
            if (arguments is null)
            {
                var span = new TextSpan(secret.Span.Start + token.Span.Start, secret.Span.End + token.Span.Start);
                found.Add(secret with { Span = span });
            }
            else
            {
                found.Add(secret with { ArgumentIndex = token.Span.Start });
            }
        }
    }

    private static (ShellToken Token, int ValueStart, string Flag, SecretKind Kind)? MatchFlag(ShellToken token, ShellToken? next, string? program)
    {
        var text = token.Text;
        if (text.StartsWith("--", StringComparison.Ordinal))
        {
            var equals = text.IndexOf('=');
            var name = equals < 0 ? text : text[..equals];
            var kind = PasswordFlags.Contains(name) ? SecretKind.Password : SecretKeyClassifier.ClassifyFlag(name)?.Kind;
            if (kind is null)
            {
                return null;
            }

            if (equals >= 0)
            {
                return (token, equals + 1, name, kind.Value);
            }

            return next is not null && !next.Text.StartsWith('-') ? (next, 0, name, kind.Value) : null;
        }

        var shortFlag = program is not null && MySqlClients.Contains(program) ? "-p"
            : program is not null && RedisClients.Contains(program) ? "-a"
            : null;
        if (shortFlag is null || !text.StartsWith(shortFlag, StringComparison.Ordinal))
        {
            return null;
        }

        if (text.Length > 2)
        {
            return (token, 2, shortFlag, SecretKind.Password);
        }

        return next is not null && !next.Text.StartsWith('-') ? (next, 0, shortFlag, SecretKind.Password) : null;
    }

    private static bool IsLiteral(string value)
    {
        var trimmed = value.Trim().Trim('"', '\'');
        if (trimmed.Length == 0 || !InterpolationParser.TryParse(trimmed, out var parsed, out _) || parsed!.HasVariables)
        {
            return false;
        }

        // "$$X" reaches the container as "$X", and "$$(cat file)" or a backtick as a command substitution,
        // which the shell there expands, so the secret is not in the file.
        var delivered = parsed.LiteralValue!;
        if (delivered.Contains('`'))
        {
            return false;
        }

        var dollar = delivered.IndexOf('$');
        var next = dollar >= 0 && dollar + 1 < delivered.Length ? delivered[dollar + 1] : '\0';
        return !(next is '{' or '(' || InterpolationParser.IsNameStart(next));
    }
}
