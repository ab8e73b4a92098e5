namespace Hardener.Passes.Secrets.Detection;

/// <summary>
/// A value helper of Dokploy's <c>template.toml</c>, which Dokploy replaces with a fresh random value when it deploys the template.
/// </summary>
/// <param name="Helper">The helper name: <c>password</c>, <c>base64</c>, <c>hash</c> or <c>uuid</c>.</param>
/// <param name="Size">The helper's argument, or null for <c>uuid</c>.</param>
public sealed record DokployGenerator(string Helper, int? Size)
{
    /// <summary><c>${password:N}</c>: N lowercase letters and digits, safe inside a URL.</summary>
    public static DokployGenerator Password(int length) => new("password", length);

    /// <summary><c>${base64:N}</c>: N random bytes in standard base64, which may contain <c>+</c>, <c>/</c> and <c>=</c>.</summary>
    public static DokployGenerator Base64(int bytes) => new("base64", bytes);

    /// <summary><c>${hash:N}</c>: N hexadecimal characters, safe inside a URL.</summary>
    public static DokployGenerator Hash(int length) => new("hash", length);

    /// <summary><c>${uuid}</c>: a random UUID.</summary>
    public static DokployGenerator Uuid { get; } = new("uuid", null);

    /// <summary>True when every value the helper produces can sit in a URL without percent-encoding.</summary>
    public bool IsUrlSafe => Helper != "base64";

    /// <summary>Returns the expression as written in <c>template.toml</c>, such as <c>${password:32}</c>.</summary>
    public override string ToString() => Size is null ? $"${{{Helper}}}" : $"${{{Helper}:{Size}}}";
}
