using Hardener.Text;

namespace Hardener.Compose.Interpolation;

/// <summary>
/// Parses compose string values into literal text, escaped dollars and variable references,
/// following the interpolation chapter of the compose specification.
/// </summary>
/// <remarks>
/// A name is <c>[_a-zA-Z][_a-zA-Z0-9]*</c>, as the compose reference states. A <c>$</c> followed by
/// neither <c>$</c>, a name start nor <c>{</c> stays literal, as the reference also states, so <c>$1</c>,
/// <c>$ </c> and a trailing <c>$</c> are text. A <c>${</c> that is not closed, or whose content is not a name
/// optionally followed by one of <c>:- - :? ? :+ +</c>, is an error, because docker compose v2 rejects it as an invalid template.
/// Inside an operand only a nested <c>${</c> opens a new level, so a plain <c>{</c> there is text
/// and the first unmatched <c>}</c> closes the reference.
/// </remarks>
public static class InterpolationParser
{
    /// <summary>Parses a whole compose value.</summary>
    /// <exception cref="InterpolationException">The value contains an unclosed or invalid <c>${</c>.</exception>
    public static InterpolatedString Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = ParseSequence(value, 0, insideOperand: false, out var end);
        return new InterpolatedString(value, new TextSpan(0, end), parts);
    }

    /// <summary>Parses a value, returning false and the error instead of throwing.</summary>
    public static bool TryParse(string value, out InterpolatedString? result, out InterpolationException? error)
    {
        try
        {
            result = Parse(value);
            error = null;
            return true;
        }
        catch (InterpolationException exception)
        {
            result = null;
            error = exception;
            return false;
        }
    }

    internal static bool IsNameStart(char c) => c == '_' || char.IsAsciiLetter(c);

    internal static bool IsNamePart(char c) => c == '_' || char.IsAsciiLetterOrDigit(c);

    private static List<InterpolationPart> ParseSequence(string value, int start, bool insideOperand, out int end)
    {
        var parts = new List<InterpolationPart>();
        var literalStart = start;
        var i = start;
        while (i < value.Length)
        {
            var c = value[i];
            if (insideOperand && c == '}')
            {
                break;
            }

            var next = i + 1 < value.Length ? value[i + 1] : '\0';
            if (c != '$' || !(next == '$' || next == '{' || IsNameStart(next)))
            {
                i++;
                continue;
            }

            AddLiteral(value, parts, literalStart, i);
            if (next == '$')
            {
                parts.Add(new EscapedDollarPart(new TextSpan(i, i + 2)));
                i += 2;
            }
            else if (next == '{')
            {
                var variable = ParseBraced(value, i);
                parts.Add(variable);
                i = variable.Span.End;
            }
            else
            {
                var nameEnd = ReadName(value, i + 1);
                var nameSpan = new TextSpan(i + 1, nameEnd);
                parts.Add(new VariablePart(new TextSpan(i, nameEnd), value[(i + 1)..nameEnd], nameSpan, false, VariableOperator.None, null));
                i = nameEnd;
            }

            literalStart = i;
        }

        AddLiteral(value, parts, literalStart, i);
        end = i;
        return parts;
    }

    private static VariablePart ParseBraced(string value, int dollar)
    {
        var nameStart = dollar + 2;
        if (nameStart >= value.Length || !IsNameStart(value[nameStart]))
        {
            throw Invalid(value, dollar, "expected a variable name after \"${\"");
        }

        var nameEnd = ReadName(value, nameStart);
        var nameSpan = new TextSpan(nameStart, nameEnd);
        var name = value[nameStart..nameEnd];
        if (nameEnd >= value.Length)
        {
            throw Unclosed(dollar);
        }

        if (value[nameEnd] == '}')
        {
            return new VariablePart(new TextSpan(dollar, nameEnd + 1), name, nameSpan, true, VariableOperator.None, null);
        }

        var (op, operatorLength) = ReadOperator(value, nameEnd);
        if (op == VariableOperator.None)
        {
            throw Invalid(value, dollar, $"unsupported character '{value[nameEnd]}' after the name \"{name}\"; only :- - :? ? :+ + may follow it");
        }

        var operandStart = nameEnd + operatorLength;
        var operandParts = ParseSequence(value, operandStart, insideOperand: true, out var operandEnd);
        if (operandEnd >= value.Length)
        {
            throw Unclosed(dollar);
        }

        var operand = new InterpolatedString(value, new TextSpan(operandStart, operandEnd), operandParts);
        return new VariablePart(new TextSpan(dollar, operandEnd + 1), name, nameSpan, true, op, operand);
    }

    private static (VariableOperator Operator, int Length) ReadOperator(string value, int position)
    {
        var colon = value[position] == ':';
        var symbolPosition = colon ? position + 1 : position;
        var symbol = symbolPosition < value.Length ? value[symbolPosition] : '\0';
        var op = (colon, symbol) switch
        {
            (true, '-') => VariableOperator.DefaultWhenUnsetOrEmpty,
            (false, '-') => VariableOperator.DefaultWhenUnset,
            (true, '?') => VariableOperator.RequiredNonEmpty,
            (false, '?') => VariableOperator.Required,
            (true, '+') => VariableOperator.AlternativeWhenNonEmpty,
            (false, '+') => VariableOperator.AlternativeWhenSet,
            _ => VariableOperator.None,
        };
        return (op, colon ? 2 : 1);
    }

    private static int ReadName(string value, int start)
    {
        var i = start;
        while (i < value.Length && IsNamePart(value[i]))
        {
            i++;
        }

        return i;
    }

    private static void AddLiteral(string value, List<InterpolationPart> parts, int start, int end)
    {
        if (end > start)
        {
            parts.Add(new LiteralPart(new TextSpan(start, end), value[start..end]));
        }
    }

    private static InterpolationException Unclosed(int dollar) =>
        new($"Unclosed \"${{\" at offset {dollar}: add the closing \"}}\", or write \"$$\" for a literal dollar sign.", dollar);

    private static InterpolationException Invalid(string value, int dollar, string reason)
    {
        // An invalid reference that is also unclosed is reported as unclosed, the likelier cause.
        if (value.IndexOf('}', dollar) < 0)
        {
            return Unclosed(dollar);
        }

        return new InterpolationException($"Invalid variable reference at offset {dollar}: {reason}. Write \"$$\" for a literal dollar sign.", dollar);
    }
}
