using Hardener.Text;
using Tomlyn.Syntax;

namespace Hardener.Syntax.Toml;

/// <summary>Reads value tokens of a parsed tree against the original text.</summary>
internal static class TomlValues
{
    /// <summary>Returns how a value is quoted, or <see cref="TomlStringKind.NotString"/>.</summary>
    public static TomlStringKind GetStyle(ValueSyntax? value) => value is StringValueSyntax { Token: { } token }
        ? token.TokenKind switch
        {
            TokenKind.String => TomlStringKind.Basic,
            TokenKind.StringLiteral => TomlStringKind.Literal,
            TokenKind.StringMulti => TomlStringKind.MultiLineBasic,
            TokenKind.StringLiteralMulti => TomlStringKind.MultiLineLiteral,
            _ => TomlStringKind.NotString,
        }
        : TomlStringKind.NotString;

    /// <summary>Returns the decoded string, or the source text of a value that is not a string.</summary>
    public static string GetText(ValueSyntax value, string text) => value is StringValueSyntax { Value: { } decoded }
        ? decoded
        : text[TomlSpans.StartOf(value)..TomlSpans.EndOf(value)];

    /// <summary>
    /// Returns the source text between the quotes of a string token. A line break right after
    /// the opening quotes of a multi-line string is skipped, because TOML drops it from the value.
    /// </summary>
    public static TextSpan GetContentSpan(TextSpan tokenSpan, TomlStringKind style, string text)
    {
        switch (style)
        {
            case TomlStringKind.Basic:
            case TomlStringKind.Literal:
                return new TextSpan(tokenSpan.Start + 1, tokenSpan.End - 1);
            case TomlStringKind.MultiLineBasic:
            case TomlStringKind.MultiLineLiteral:
                var start = tokenSpan.Start + 3;
                if (text.AsSpan(start).StartsWith("\r\n"))
                {
                    start += 2;
                }
                else if (start < text.Length && text[start] == '\n')
                {
                    start += 1;
                }

                return new TextSpan(start, tokenSpan.End - 3);
            default:
                return tokenSpan;
        }
    }
}
