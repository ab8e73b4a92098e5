using System.Text.RegularExpressions;
using Hardener.Compose.Interpolation;
using Hardener.Text;

namespace Hardener.Passes.Secrets.Detection;

/// <summary>Judges whether the value under a secret-naming key is a hardcoded secret.</summary>
/// <remarks>
/// A placeholder such as <c>changeme</c>, <c>your-api-key</c> or <c>sk-xxxx</c> counts as a hardcoded secret. A template
/// deployed unchanged runs with that publicly known value, or fails against the outside service, so the value
/// must become a required variable either way. <see cref="SecretValueVerdict.IsPlaceholder"/> lets the message say so.
/// </remarks>
public static partial class SecretValueClassifier
{
    private static readonly HashSet<string> Booleans = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n",
    };

    /// <summary>Judges a raw compose value, as written in the file and before interpolation.</summary>
    public static SecretValueVerdict Classify(SecretKeyClassification key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return new SecretValueVerdict(SecretValueKind.Empty);
        }

        if (!InterpolationParser.TryParse(value, out var parsed, out _))
        {
            return new SecretValueVerdict(SecretValueKind.Invalid);
        }

        if (parsed!.IsSingleVariable)
        {
            return ClassifyDefault(key, (VariablePart)parsed.Parts[0]);
        }

        if (parsed.HasVariables)
        {
            return new SecretValueVerdict(SecretValueKind.Mixed);
        }

        return ClassifyLiteral(key, parsed.LiteralValue!, new TextSpan(0, value.Length));
    }

    /// <summary>Tells whether a literal is an obvious placeholder for a value the user should set.</summary>
    public static bool IsPlaceholder(string literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return PlaceholderPattern().IsMatch(literal);
    }

    private static SecretValueVerdict ClassifyDefault(SecretKeyClassification key, VariablePart variable)
    {
        var isDefault = variable.Operator is VariableOperator.DefaultWhenUnset or VariableOperator.DefaultWhenUnsetOrEmpty;
        var operand = variable.Operand;
        if (!isDefault || operand is null || operand.Parts.Count == 0)
        {
            return new SecretValueVerdict(SecretValueKind.Interpolated);
        }

        if (operand.HasVariables)
        {
            return new SecretValueVerdict(operand.IsSingleVariable ? SecretValueKind.Interpolated : SecretValueKind.Mixed);
        }

        var verdict = ClassifyLiteral(key, operand.LiteralValue!, operand.Span);
        return verdict.Kind == SecretValueKind.Hardcoded ? verdict with { Kind = SecretValueKind.HardcodedDefault } : verdict;
    }

    private static SecretValueVerdict ClassifyLiteral(SecretKeyClassification key, string literal, TextSpan span)
    {
        var trimmed = literal.Trim();
        if (trimmed.Length == 0)
        {
            return new SecretValueVerdict(SecretValueKind.Empty);
        }

        // "$$NAME", "$$(cat file)" and a backtick command reach the container for a shell there to expand, so the secret is not in the file.
        if (EscapedReferencePattern().IsMatch(trimmed))
        {
            return new SecretValueVerdict(SecretValueKind.Interpolated);
        }

        if (Booleans.Contains(trimmed) || IsShortNumber(key, trimmed))
        {
            return new SecretValueVerdict(SecretValueKind.Switch);
        }

        if (IsPath(trimmed))
        {
            return new SecretValueVerdict(SecretValueKind.Path);
        }

        if (trimmed.StartsWith("ssh-", StringComparison.Ordinal) || trimmed.StartsWith("ecdsa-", StringComparison.Ordinal)
            || trimmed.Contains("BEGIN PUBLIC KEY", StringComparison.Ordinal))
        {
            return new SecretValueVerdict(SecretValueKind.PublicKey);
        }

        var placeholder = IsPlaceholder(trimmed);
        if (key.NeedsRandomLookingValue && !placeholder && !SecretShapes.LooksRandom(trimmed))
        {
            return new SecretValueVerdict(SecretValueKind.NotRandom);
        }

        return new SecretValueVerdict(SecretValueKind.Hardcoded, span, placeholder);
    }

    // Numbers are switches or limits, except that a password of four or more digits is still a (weak) password.
    private static bool IsShortNumber(SecretKeyClassification key, string literal) =>
        literal.All(char.IsAsciiDigit) && (key.Kind != SecretKind.Password || literal.Length < 4);

    // NOTE: a base64 secret that starts with "/" and has no "+" or "=" matches this shape and is taken for a path.
    private static bool IsPath(string literal) =>
        literal.StartsWith("./", StringComparison.Ordinal) || literal.StartsWith("../", StringComparison.Ordinal)
        || literal.StartsWith("~/", StringComparison.Ordinal) || PathPattern().IsMatch(literal);

    [GeneratedRegex(@"^(\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*|\(.*\))|`[^`]*`)$", RegexOptions.Singleline)]
    private static partial Regex EscapedReferencePattern();

    [GeneratedRegex(@"^(/[A-Za-z0-9._@-]+)+/?$")]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"^(change[-_ ]?me|changeit|replace[-_ ]?me|todo|xxx+|(sk|pk)[-_]x+|your[-_ ].+|my[-_ ]?(secret|password|token|api[-_ ]?key).*|<[^>]+>|(.*[^a-z])?(placeholder|example|dummy|fake)([^a-z].*)?)$|^.*(x{4,}|\*{4,}).*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceholderPattern();
}
