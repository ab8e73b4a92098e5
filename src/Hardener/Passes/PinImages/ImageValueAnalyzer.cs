using System.Text;
using System.Text.RegularExpressions;
using Hardener.Compose;
using Hardener.Compose.Interpolation;
using Hardener.Text;

namespace Hardener.Passes.PinImages;

/// <summary>
/// Reads the tag of an image value that may use interpolation: <c>app:1.0</c>, <c>${IMAGE:-app:1.0}</c>
/// (analysed by its default), <c>app:${TAG:-latest}</c>, <c>${REPO:-ghcr.io/x/app}:${TAG:-1.2}</c>.
/// </summary>
internal static partial class ImageValueAnalyzer
{
    /// <summary>Returns the analysis, or null when the value is not valid interpolation.</summary>
    public static ImageValueAnalysis? Analyze(string value)
    {
        if (!InterpolationParser.TryParse(value, out var parsed, out _))
        {
            return null;
        }

        return Analyze(parsed!);
    }

    private static ImageValueAnalysis Analyze(InterpolatedString value)
    {
        if (value.IsSingleVariable)
        {
            // ${IMAGE:-default} is read through its default, which may itself be interpolated.
            var variable = (VariablePart)value.Parts[0];
            return IsDefault(variable) && variable.Operand is { Text.Length: > 0 } operand
                ? Analyze(operand)
                : new ImageValueAnalysis(null, null, null, value.Span.End, false, null, variable.Name);
        }

        var parts = value.Parts;
        var hasDigest = parts.OfType<LiteralPart>().Any(part => part.Text.Contains('@'));
        var separator = FindTagSeparator(parts);
        if (separator is null)
        {
            var (untaggedRepository, untaggedIsValid) = Resolve(parts, value.Span.Start, value.Span.End);
            return new ImageValueAnalysis(untaggedRepository, null, null, value.Span.End, hasDigest, null, null) { IsValid = untaggedIsValid };
        }

        var (repository, isValid) = Resolve(parts, value.Span.Start, separator.Value);
        var tagStart = separator.Value + 1;
        var tagParts = parts.Where(part => part.Span.Start >= tagStart).ToList();
        if (tagParts.Count == 1 && tagParts[0] is VariablePart tagVariable && tagVariable.Span.Start == tagStart)
        {
            return AnalyzeTagVariable(tagVariable, repository, isValid, hasDigest, value.Span.End);
        }

        var tagEnd = value.Span.End;
        var tagText = value.Source[tagStart..tagEnd];
        var digestAt = tagText.IndexOf('@');
        if (digestAt >= 0)
        {
            tagEnd = tagStart + digestAt;
            tagText = tagText[..digestAt];
        }

        if (tagParts.Any(part => part is VariablePart))
        {
            return new ImageValueAnalysis(repository, null, null, tagEnd, hasDigest, "(interpolated tag)", null) { IsValid = isValid };
        }

        var tagIsValid = TagPattern().IsMatch(tagText);
        return new ImageValueAnalysis(repository, tagText, new TextSpan(tagStart, tagEnd), tagEnd, hasDigest, null, null) { IsValid = isValid && tagIsValid };
    }

    /// <summary>Reads <c>repository:${TAG:-default}</c>: an empty default is a missing tag, a default with variables cannot be checked.</summary>
    private static ImageValueAnalysis AnalyzeTagVariable(VariablePart tagVariable, string? repository, bool isValid, bool hasDigest, int valueEnd)
    {
        if (!IsDefault(tagVariable) || tagVariable.Operand is not { } tagDefault || tagDefault.HasVariables)
        {
            return new ImageValueAnalysis(repository, null, null, valueEnd, hasDigest, tagVariable.Name, null) { IsValid = isValid };
        }

        var tag = tagDefault.Text.Length == 0 ? null : tagDefault.Text;
        var tagIsValid = tag is null || TagPattern().IsMatch(tag);
        return new ImageValueAnalysis(repository, tag, tagDefault.Span, tagDefault.Span.End, hasDigest, null, null) { IsValid = isValid && tagIsValid };
    }

    /// <summary>Finds the offset of the <c>:</c> that starts the tag: the last one in literal text after every <c>/</c>.</summary>
    private static int? FindTagSeparator(IReadOnlyList<InterpolationPart> parts)
    {
        int? separator = null;
        foreach (var part in parts)
        {
            if (part is not LiteralPart literal)
            {
                continue;
            }

            for (var index = 0; index < literal.Text.Length; index++)
            {
                switch (literal.Text[index])
                {
                    case '@':
                        // Everything after '@' is the digest.
                        return separator;
                    case '/':
                        // A colon before a slash belongs to a registry port.
                        separator = null;
                        break;
                    case ':':
                        separator = literal.Span.Start + index;
                        break;
                }
            }
        }

        return separator;
    }

    /// <summary>
    /// Returns the repository of a range with each variable replaced by its literal default: null and valid
    /// when a variable has no default, null and invalid when the text is no image reference.
    /// </summary>
    private static (string? Repository, bool IsValid) Resolve(IReadOnlyList<InterpolationPart> parts, int start, int end)
    {
        var builder = new StringBuilder();
        foreach (var part in parts.Where(part => part.Span.Start >= start && part.Span.End <= end))
        {
            switch (part)
            {
                case LiteralPart literal:
                    builder.Append(literal.Text);
                    break;
                case EscapedDollarPart:
                    builder.Append('$');
                    break;
                case VariablePart variable when HasLiteralDefault(variable, out var operand):
                    builder.Append(operand!.Text);
                    break;
                default:
                    return (null, true);
            }
        }

        // The separator may sit inside a literal part that also contains the repository's last characters.
        var partial = parts.OfType<LiteralPart>().FirstOrDefault(part => part.Span.Start < end && part.Span.End > end && part.Span.Start >= start);
        if (partial is not null)
        {
            builder.Append(partial.Text, 0, end - partial.Span.Start);
        }

        var reference = ImageReference.Parse(builder.ToString());
        return reference is null || reference.Tag is not null ? (null, false) : (reference.Repository, true);
    }

    private static bool HasLiteralDefault(VariablePart variable, out InterpolatedString? operand)
    {
        operand = variable.Operand;
        return IsDefault(variable) && operand is not null && !operand.HasVariables && operand.Text.Length > 0;
    }

    private static bool IsDefault(VariablePart variable) =>
        variable.Operator is VariableOperator.DefaultWhenUnsetOrEmpty or VariableOperator.DefaultWhenUnset;

    // Docker's rule for a tag: a word character first, then up to 127 word characters, dots and dashes.
    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex TagPattern();
}
