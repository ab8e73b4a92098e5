namespace Hardener.Passes.Secrets.Detection;

/// <summary>Splits environment keys and command flags into upper-case words.</summary>
internal static class KeyWords
{
    /// <summary>
    /// Splits on <c>_</c>, <c>-</c>, <c>.</c> and camelCase boundaries, so <c>AppSettings__JwtSecret</c>
    /// gives APP, SETTINGS, JWT, SECRET and <c>APIKey</c> gives API, KEY. Digits stay with their letters,
    /// so <c>S3</c> and <c>POP3</c> remain whole words. Leading dashes of a flag are dropped.
    /// </summary>
    public static IReadOnlyList<string> Split(string key)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= key.Length; i++)
        {
            var atEnd = i == key.Length;
            var c = atEnd ? '\0' : key[i];
            if (!atEnd && char.IsAsciiLetterOrDigit(c))
            {
                if (start < 0)
                {
                    start = i;
                }
                else if (IsBoundary(key, i))
                {
                    words.Add(key[start..i].ToUpperInvariant());
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                words.Add(key[start..i].ToUpperInvariant());
                start = -1;
            }
        }

        return words;
    }

    private static bool IsBoundary(string key, int i)
    {
        var previous = key[i - 1];
        var current = key[i];
        if (char.IsAsciiLetterLower(previous) && char.IsAsciiLetterUpper(current))
        {
            return true;
        }

        // The last capital of an acronym starts the next word: "APIKey" splits before "Key".
        var next = i + 1 < key.Length ? key[i + 1] : '\0';
        return char.IsAsciiLetterUpper(previous) && char.IsAsciiLetterUpper(current) && char.IsAsciiLetterLower(next);
    }
}
