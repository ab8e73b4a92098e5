namespace Hardener.Passes.Secrets.Detection;

/// <summary>
/// Decides from its name alone whether an environment key or a command flag names a secret, and what kind.
/// </summary>
/// <remarks>
/// The key is split into words (see <see cref="KeyWords"/>). The last word that is a secret noun
/// (PASSWORD, PASS, PASSWD, PWD, SECRET, TOKEN, KEY, APIKEY, SALT, PEPPER, or one of these glued to a prefix)
/// decides, and only neutral words such as BASE may follow it. So <c>TOKEN_TTL</c>, <c>POSTGRES_PASSWORD_FILE</c>
/// and <c>JWT_ALGORITHM</c> name no secret, while <c>SECRET_KEY_BASE</c> does. A switch word anywhere
/// (RANDOM, ALLOW, EMPTY, DISABLED, RESET, REQUIRED …) also means no secret.
/// </remarks>
public static class SecretKeyClassifier
{
    private static readonly HashSet<string> CertainNouns = ["PASSWORD", "SECRET", "TOKEN", "APIKEY", "SALT", "PEPPER"];

    /// <summary>Classifies an environment key such as <c>POSTGRES_PASSWORD</c>, or returns null when it names no secret.</summary>
    public static SecretKeyClassification? Classify(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var words = KeyWords.Split(key);
        if (words.Count == 0 || words.Any(SecretVocabulary.SwitchWords.Contains))
        {
            return null;
        }

        // A bare PWD is the shell's working directory, not a password.
        if (words is ["PWD"])
        {
            return null;
        }

        var nounIndex = FindLastNoun(words, out var noun);
        if (nounIndex < 0 || !HasOnlyNeutralWordsAfter(words, nounIndex, noun))
        {
            return null;
        }

        var before = words.Take(nounIndex + 1).ToList();
        return new SecretKeyClassification(DecideKind(before, noun, words[nounIndex]), IsWeak(before, noun));
    }

    /// <summary>
    /// Classifies a long command flag such as <c>--requirepass</c>, <c>--password=x</c> or <c>--api-key</c>, or returns null for other flags.
    /// Single-letter flags (<c>-p</c>, <c>-a</c>) mean different things to different programs, so the command argument finder handles them.
    /// </summary>
    public static SecretKeyClassification? ClassifyFlag(string flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        var name = flag.TrimStart('-');
        var equals = name.IndexOf('=');
        if (equals >= 0)
        {
            name = name[..equals];
        }

        return name.Length < 2 ? null : Classify(name);
    }

    private static int FindLastNoun(IReadOnlyList<string> words, out string noun)
    {
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var found = ToNoun(words[i]);
            if (found is not null)
            {
                noun = found;
                return i;
            }
        }

        noun = "";
        return -1;
    }

    private static string? ToNoun(string word)
    {
        var bare = word.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        if (bare.Length > 3 && bare.EndsWith('S') && !bare.EndsWith("SS", StringComparison.Ordinal))
        {
            bare = bare[..^1];
        }

        switch (bare)
        {
            case "SECRET" or "TOKEN" or "KEY" or "APIKEY" or "SALT" or "PEPPER":
                return bare;
            case "PASSWORD" or "PASSPHRASE" or "PASSWD" or "PASS" or "PWD":
                return "PASSWORD";
        }

        if (SecretVocabulary.NotPasswords.Contains(bare))
        {
            return null;
        }

        foreach (var suffix in SecretVocabulary.PasswordNouns)
        {
            if (bare.EndsWith(suffix, StringComparison.Ordinal))
            {
                return "PASSWORD";
            }
        }

        foreach (var (suffix, glued) in SecretVocabulary.GluedNouns)
        {
            if (bare.EndsWith(suffix, StringComparison.Ordinal))
            {
                return glued;
            }
        }

        return null;
    }

    private static bool HasOnlyNeutralWordsAfter(IReadOnlyList<string> words, int nounIndex, string noun)
    {
        for (var i = nounIndex + 1; i < words.Count; i++)
        {
            var word = words[i];
            var isAccessKeyId = word == "ID" && noun == "KEY" && i == nounIndex + 1 && nounIndex > 0 && words[nounIndex - 1] == "ACCESS";
            if (!isAccessKeyId && !SecretVocabulary.NeutralTrailingWords.Contains(word) && !word.All(char.IsAsciiDigit))
            {
                return false;
            }
        }

        return true;
    }

    private static SecretKind DecideKind(List<string> words, string noun, string nounWord)
    {
        var hasAccess = words.Contains("ACCESS") && noun is "KEY" or "SECRET";
        if (words.Any(SecretVocabulary.SelfHostedStores.Contains))
        {
            return SecretKind.Password;
        }

        // NOTE: S3-style keys of a store bundled in the template (SeaweedFS, Garage under other names) also land
        // here; the key name alone cannot tell them from an outside account.
        if (words.Any(SecretVocabulary.ExternalWords.Contains) || (hasAccess && noun == "KEY"))
        {
            return SecretKind.ExternalCredential;
        }

        if (noun == "PASSWORD")
        {
            return SecretKind.Password;
        }

        if (words.Contains("JWT") || nounWord.StartsWith("JWT", StringComparison.Ordinal))
        {
            return SecretKind.JwtSecret;
        }

        if (words.Any(SecretVocabulary.SessionWords.Contains))
        {
            return SecretKind.InternalToken;
        }

        var isApiKey = noun == "APIKEY" || (noun == "KEY" && words.Count > 1 && words[^2] == "API");
        if (noun == "TOKEN" || isApiKey)
        {
            return SecretKind.InternalToken;
        }

        return SecretKind.SecretKey;
    }

    private static bool IsWeak(List<string> words, string noun)
    {
        if (CertainNouns.Contains(noun) || noun == "PASSWORD" || words.Any(SecretVocabulary.ExternalWords.Contains))
        {
            return false;
        }

        // A KEY counts as certain only with a qualifier right before it, as in ENCRYPTION_KEY or API_KEY.
        var qualifier = words.Count > 1 ? words[^2] : "";
        var glued = words[^1] != "KEY" && words[^1] != "KEYS";
        return !glued && qualifier != "API" && qualifier != "ACCESS" && !SecretVocabulary.SecretKeyQualifiers.Contains(qualifier);
    }
}
