using System.Globalization;
using System.Text;

namespace Hardener.Syntax.Toml;

/// <summary>Writes keys and strings as TOML source text.</summary>
public static class TomlText
{
    /// <summary>Tells whether a name can be written as a bare key: ASCII letters, digits, '_' and '-'.</summary>
    public static bool IsBareKey(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-');

    /// <summary>Formats a key, bare when possible and otherwise as a basic string.</summary>
    public static string FormatKey(string name) => IsBareKey(name) ? name : FormatBasicString(name);

    /// <summary>Formats a value as a TOML basic string, including the double quotes.</summary>
    public static string FormatBasicString(string value) => "\"" + EscapeBasic(value) + "\"";

    /// <summary>
    /// Escapes text for the inside of a basic string. Only TOML 1.0 escapes are written,
    /// because Dokploy may read the file with a TOML 1.0 parser.
    /// </summary>
    public static string EscapeBasic(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Tells whether a value can be written inside a single-line or multi-line literal string unchanged.</summary>
    public static bool CanWriteLiteral(string value) => !value.Contains('\'') && !value.Any(char.IsControl);
}
