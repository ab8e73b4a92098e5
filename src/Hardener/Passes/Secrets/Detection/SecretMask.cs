namespace Hardener.Passes.Secrets.Detection;

/// <summary>Renders secrets for messages and logs without their value.</summary>
public static class SecretMask
{
    /// <summary>Returns <c>****</c> followed by the length in UTF-16 code units, such as <c>****(24)</c>.</summary>
    public static string Mask(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return $"****({secret.Length})";
    }
}
