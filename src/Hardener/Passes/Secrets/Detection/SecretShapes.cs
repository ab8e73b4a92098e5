namespace Hardener.Passes.Secrets.Detection;

/// <summary>Recognises the form of a literal secret and measures how random it looks.</summary>
public static class SecretShapes
{
    /// <summary>The shortest hex or base64 literal whose form is kept, so that short words such as <c>cafe</c> stay free text.</summary>
    public const int MinimumShapedLength = 16;

    /// <summary>
    /// Detects the form of a literal and its size: hex characters for <see cref="SecretShape.Hex"/>,
    /// decoded bytes for <see cref="SecretShape.Base64"/>, and 0 otherwise.
    /// </summary>
    /// <remarks>
    /// A UUID wins over hex, and hex wins over base64, because every hex string of a length divisible by 4 also decodes as base64.
    /// Base64 needs a length divisible by 4, padding only at the end, and at least one <c>+</c>, <c>/</c>, <c>-</c>, <c>_</c> or <c>=</c>
    /// (the URL-safe alphabet counts too).
    /// Letters and digits alone are not enough, because a hand-picked password of 16, 20 or 24 characters has that
    /// form too, and keeping it would turn the password into <c>${base64:12}</c>, which is shorter and may hold <c>+</c> or <c>/</c>.
    /// </remarks>
    /// <summary>
    /// Returns the length of a format prefix that belongs to the setting, not to the secret: Laravel's
    /// APP_KEY is written <c>base64:</c> and then 32 bytes in base64, and the app rejects a key without it.
    /// </summary>
    public static int GetFormatPrefixLength(string literal)
    {
        const string Base64Prefix = "base64:";
        var hasPrefix = literal.StartsWith(Base64Prefix, StringComparison.Ordinal) && literal.Length > Base64Prefix.Length;
        return hasPrefix && Detect(literal[Base64Prefix.Length..]).Shape == SecretShape.Base64 ? Base64Prefix.Length : 0;
    }

    public static (SecretShape Shape, int Size) Detect(string literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (Guid.TryParseExact(literal, "D", out _))
        {
            return (SecretShape.Uuid, 0);
        }

        if (literal.Length >= MinimumShapedLength && IsHex(literal))
        {
            return (SecretShape.Hex, literal.Length);
        }

        var bytes = DecodedBase64Length(literal);
        if (bytes > 0)
        {
            return (SecretShape.Base64, bytes);
        }

        return (SecretShape.Free, 0);
    }

    /// <summary>
    /// Tells whether a literal looks machine-generated: at least 16 characters, no spaces, at least two of
    /// lowercase letters, uppercase letters and digits, and at least 3 bits of Shannon entropy per character.
    /// </summary>
    /// <remarks>NOTE: the thresholds are an estimate chosen on hand-written examples, not measured against a labelled set.</remarks>
    public static bool LooksRandom(string literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal.Length < 16 || literal.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var classes = (literal.Any(char.IsAsciiLetterLower) ? 1 : 0)
            + (literal.Any(char.IsAsciiLetterUpper) ? 1 : 0)
            + (literal.Any(char.IsAsciiDigit) ? 1 : 0);
        return classes >= 2 && EntropyBitsPerCharacter(literal) >= 3.0;
    }

    /// <summary>Returns the Shannon entropy of the character distribution, in bits per character.</summary>
    public static double EntropyBitsPerCharacter(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var entropy = 0.0;
        foreach (var group in text.GroupBy(c => c))
        {
            var probability = (double)group.Count() / text.Length;
            entropy -= probability * Math.Log2(probability);
        }

        return entropy;
    }

    private static bool IsHex(string literal) =>
        literal.All(char.IsAsciiHexDigit) && literal.Any(char.IsAsciiDigit) && literal.Any(char.IsAsciiLetter);

    private static int DecodedBase64Length(string literal)
    {
        if (literal.Length < MinimumShapedLength || literal.Length % 4 != 0)
        {
            return 0;
        }

        var padding = literal.EndsWith("==", StringComparison.Ordinal) ? 2 : literal.EndsWith('=') ? 1 : 0;
        var body = literal[..^padding];

        // The URL-safe alphabet (- and _ for + and /), as in Fernet keys, encodes the same bytes. Words joined by
        // dashes look alike, so it counts only with padding, which every key of a length not divisible by 3 has.
        var isUrlSafe = body.Any(c => c is '-' or '_') && padding > 0;
        var isStandard = body.Any(c => c is '+' or '/');
        if (isUrlSafe && isStandard || !body.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '-' or '_'))
        {
            return 0;
        }

        if (isUrlSafe)
        {
            literal = literal.Replace('-', '+').Replace('_', '/');
        }

        var hasMarker = padding > 0 || isStandard;
        var buffer = new byte[literal.Length];
        if (!hasMarker || !Convert.TryFromBase64String(literal, buffer, out var written))
        {
            return 0;
        }

        return written;
    }
}
