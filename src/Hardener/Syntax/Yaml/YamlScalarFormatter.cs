using System.Text;
using System.Text.RegularExpressions;

namespace Hardener.Syntax.Yaml;

/// <summary>
/// Writes scalars the tool inserts so that every YAML reader, including YAML 1.1 readers that turn
/// <c>yes</c> into a boolean or <c>2222:22</c> into a base-60 number, reads them back as the same string.
/// </summary>
public static partial class YamlScalarFormatter
{
    /// <summary>Formats a value as a plain scalar when that is safe, else quoted in the preferred style.</summary>
    public static string Format(string value, YamlScalarStyle preferredQuote = YamlScalarStyle.DoubleQuoted, bool inFlowCollection = false) =>
        NeedsQuotes(value, inFlowCollection) ? Quote(value, preferredQuote) : value;

    /// <summary>Formats a value that must stay a string, quoting it in the preferred style when a reader could take it for another type.</summary>
    public static string Quote(string value, YamlScalarStyle preferredQuote)
    {
        var canUseSingle = preferredQuote == YamlScalarStyle.SingleQuoted && !value.Any(char.IsControl);
        return canUseSingle ? "'" + value.Replace("'", "''") + "'" : DoubleQuote(value);
    }

    /// <summary>Tells whether a plain scalar would be read as something other than this exact string.</summary>
    /// <param name="inFlowCollection">True inside <c>[ ]</c> or <c>{ }</c>, where brackets, braces and commas end a plain scalar.</param>
    public static bool NeedsQuotes(string value, bool inFlowCollection = false)
    {
        if (value.Length == 0 || value != value.Trim() || value.Any(char.IsControl))
        {
            return true;
        }

        if (ReadsAsOtherType(value))
        {
            return true;
        }

        // Indicators that start another construct; '-', '?' and ':' only when a space or the end follows.
        var first = value[0];
        if ("[]{},#&*!|>'\"%@`".Contains(first) || (first is '-' or '?' or ':' && (value.Length == 1 || value[1] == ' ')))
        {
            return true;
        }

        // Sequences that end a plain scalar early, and in flow context the flow indicators.
        return value.Contains(": ", StringComparison.Ordinal)
            || value.Contains(" #", StringComparison.Ordinal)
            || value.EndsWith(':')
            || (inFlowCollection && value.IndexOfAny(['[', ']', '{', '}', ',']) >= 0);
    }

    // PyYAML resolves a plain '=' or '<<' to YAML 1.1's value or merge type rather than to a string.
    private static bool ReadsAsOtherType(string value) =>
        BooleanOrNull().IsMatch(value) || Number().IsMatch(value) || Sexagesimal().IsMatch(value) || Timestamp().IsMatch(value)
        || value is "=" or "<<";

    private static string DoubleQuote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var character in value)
        {
            builder.Append(character switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(character) => $"\\u{(int)character:X4}",
                _ => character.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    // YAML 1.1 booleans and nulls, in every case form its type regexps accept.
    [GeneratedRegex("^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$")]
    private static partial Regex BooleanOrNull();

    // Integers (decimal, octal with a leading 0 or 0o, hex, binary, with '_' separators), floats, exponents, infinity and NaN.
    [GeneratedRegex(@"^([-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*)|[-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex Number();

    // YAML 1.1 base-60 numbers such as 2222:22 or 1:30:00, which old readers turn into integers.
    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$")]
    private static partial Regex Sexagesimal();

    // YAML 1.1 timestamps (2001-12-14, 2001-12-14t21:59:43.10-05:00), which PyYAML turns into dates.
    [GeneratedRegex(@"^([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)$")]
    private static partial Regex Timestamp();
}
