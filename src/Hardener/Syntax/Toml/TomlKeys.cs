using Tomlyn.Syntax;

namespace Hardener.Syntax.Toml;

/// <summary>Reads the dotted segments of Tomlyn keys.</summary>
internal static class TomlKeys
{
    /// <summary>Returns the unquoted segments of a key: <c>config."env"</c> gives ["config", "env"].</summary>
    public static IReadOnlyList<string> GetSegments(KeySyntax? key)
    {
        if (key is null)
        {
            return [];
        }

        var segments = new List<string> { GetSegment(key.Key) };
        if (key.DotKeys is not null)
        {
            foreach (var dotted in key.DotKeys)
            {
                segments.Add(GetSegment(dotted.Key));
            }
        }

        return segments;
    }

    /// <summary>Tells whether a key consists of exactly the given segments.</summary>
    public static bool Is(KeySyntax? key, params string[] segments) =>
        GetSegments(key).SequenceEqual(segments, StringComparer.Ordinal);

    /// <summary>Returns the single segment of an undotted key, or null for a dotted key.</summary>
    public static string? GetSimpleName(KeySyntax? key)
    {
        var segments = GetSegments(key);
        return segments.Count == 1 ? segments[0] : null;
    }

    private static string GetSegment(BareKeyOrStringValueSyntax? segment) => segment switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "",
        StringValueSyntax quoted => quoted.Value ?? "",
        _ => "",
    };
}
