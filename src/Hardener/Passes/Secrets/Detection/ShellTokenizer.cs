using Hardener.Text;

namespace Hardener.Passes.Secrets.Detection;

/// <summary>
/// Splits a command string into words the way a POSIX shell does for plain cases: on whitespace, with single and
/// double quotes grouping words. Separators <c>;</c>, <c>|</c> and <c>&amp;</c> become tokens of their own.
/// </summary>
/// <remarks>
/// NOTE: a word that mixes quoted and unquoted text, such as <c>-p"x"</c>, is returned whole with its quotes, and
/// backslash escapes are kept as written. Spans stay exact because no text is removed from inside a word.
/// </remarks>
internal static class ShellTokenizer
{
    public static List<ShellToken> Split(string text, int offset = 0)
    {
        var tokens = new List<ShellToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c is ';' or '|' or '&')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is ';' or '|' or '&')
                {
                    end++;
                }

                tokens.Add(new ShellToken(text[i..end], new TextSpan(offset + i, offset + end), false));
                i = end;
                continue;
            }

            if (c is '"' or '\'')
            {
                var close = text.IndexOf(c, i + 1);
                var isWholeWord = close > 0 && (close + 1 == text.Length || char.IsWhiteSpace(text[close + 1]) || text[close + 1] is ';' or '|' or '&');
                if (isWholeWord)
                {
                    tokens.Add(new ShellToken(text[(i + 1)..close], new TextSpan(offset + i + 1, offset + close), true));
                    i = close + 1;
                    continue;
                }
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not (';' or '|' or '&'))
            {
                i = text[i] is '"' or '\'' ? SkipQuoted(text, i) : i + 1;
            }

            tokens.Add(new ShellToken(text[start..i], new TextSpan(offset + start, offset + i), false));
        }

        return tokens;
    }

    private static int SkipQuoted(string text, int quote)
    {
        var close = text.IndexOf(text[quote], quote + 1);
        return close < 0 ? text.Length : close + 1;
    }
}
