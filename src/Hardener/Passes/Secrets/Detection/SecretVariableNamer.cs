using System.Text;

namespace Hardener.Passes.Secrets.Detection;

/// <summary>
/// Derives stable compose and <c>template.toml</c> variable names for replaced secrets, avoiding names already taken.
/// </summary>
/// <remarks>
/// Names are compared case-insensitively, because the compose name and the lower-case toml name must both be free.
/// A taken name gets the first free suffix of <c>_2</c>, <c>_3</c> …, so the same inputs always give the same names.
/// </remarks>
public sealed class SecretVariableNamer
{
    private readonly HashSet<string> _taken;
    // Dokploy reads ${password}, ${hash}, ${uuid} … as its helpers before it looks up variables, so a
    // variable with one of these names would be a new random value at each use.
    private static readonly string[] HelperNames =
        ["password", "base64", "hash", "uuid", "jwt", "domain", "email", "username"];

    private readonly HashSet<string> _reservedTomlNames = new(HelperNames, StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a namer that avoids the given compose and toml variable names.</summary>
    public SecretVariableNamer(IEnumerable<string> existingNames)
    {
        ArgumentNullException.ThrowIfNull(existingNames);
        _taken = new HashSet<string>(existingNames, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Names the secret under an environment key: <c>POSTGRES_PASSWORD</c> keeps its name, <c>AppSettings__JwtSecret</c> becomes <c>APP_SETTINGS_JWT_SECRET</c>.</summary>
    public SecretVariableName NameForKey(string key) => Reserve(ToUpperSnake(key));

    /// <summary>
    /// Names a secret passed as a command argument after the service and what the secret is:
    /// <c>--requirepass</c> of service <c>redis</c> becomes <c>REDIS_PASSWORD</c>.
    /// </summary>
    public SecretVariableName NameForArgument(string service, SecretKind kind)
    {
        var noun = kind switch
        {
            SecretKind.Password => "PASSWORD",
            SecretKind.JwtSecret => "JWT_SECRET",
            SecretKind.SecretKey => "SECRET_KEY",
            _ => "TOKEN",
        };
        var prefix = ToUpperSnake(service);
        return Reserve(prefix.Length == 0 ? noun : $"{prefix}_{noun}");
    }

    /// <summary>Names a secret found in a URL under a key, such as the password in <c>DATABASE_URL</c>, as <c>DATABASE_PASSWORD</c>.</summary>
    public SecretVariableName NameForUrlPassword(string key)
    {
        var words = KeyWords.Split(key).Where(word => word is not ("URL" or "URI" or "DSN" or "CONNECTION" or "STRING")).ToList();
        var prefix = string.Join("_", words);
        return Reserve(prefix.Length == 0 ? "PASSWORD" : $"{prefix}_PASSWORD");
    }

    /// <summary>
    /// Names the template.toml variable for a secret whose compose name is already fixed, because the
    /// template defines or references it (<c>DB_PASS = "literal"</c> in config.env becomes <c>db_pass</c>).
    /// </summary>
    /// <param name="variableNames">The [variables] names the template.toml defines, which are compared as written.</param>
    public SecretVariableName NameForDefinedVariable(string composeName, IReadOnlySet<string> variableNames)
    {
        var baseName = ToUpperSnake(composeName).ToLowerInvariant();
        var candidate = baseName;
        for (var suffix = 2; variableNames.Contains(candidate) || _reservedTomlNames.Contains(candidate) || IsTakenByAnotherName(candidate, composeName); suffix++)
        {
            candidate = $"{baseName}_{suffix}";
        }

        _taken.Add(candidate);
        _reservedTomlNames.Add(candidate);
        return new SecretVariableName(composeName, candidate, SecretDescriber.Describe(composeName));
    }

    // The compose name itself differs from its toml name only in case, which does not make that name taken.
    private bool IsTakenByAnotherName(string candidate, string composeName) =>
        _taken.Contains(candidate) && !candidate.Equals(composeName, StringComparison.OrdinalIgnoreCase);

    private SecretVariableName Reserve(string baseName)
    {
        var name = baseName.Length == 0 ? "SECRET" : baseName;
        var candidate = name;
        for (var suffix = 2; _taken.Contains(candidate) || _reservedTomlNames.Contains(candidate); suffix++)
        {
            candidate = $"{name}_{suffix}";
        }

        _taken.Add(candidate);
        _reservedTomlNames.Add(candidate.ToLowerInvariant());
        return new SecretVariableName(candidate, candidate.ToLowerInvariant(), SecretDescriber.Describe(candidate));
    }

    private static string ToUpperSnake(string text)
    {
        var builder = new StringBuilder();
        foreach (var word in KeyWords.Split(text))
        {
            if (builder.Length > 0)
            {
                builder.Append('_');
            }

            builder.Append(word);
        }

        // A compose name must not start with a digit, as in a service named "1panel".
        return builder.Length > 0 && char.IsAsciiDigit(builder[0]) ? "_" + builder : builder.ToString();
    }
}
