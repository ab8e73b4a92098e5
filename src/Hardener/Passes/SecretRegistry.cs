namespace Hardener.Passes;

/// <summary>
/// The secret values found in a template, so that diffs, reports and logs can mask them.
/// </summary>
public sealed class SecretRegistry
{
    private readonly HashSet<string> _values = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Values => _values;

    public void Add(string value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _values.Add(value);
        }
    }

    /// <summary>Renders a secret for output as <c>****</c> and its length, never its characters.</summary>
    public static string Mask(string value) => MaskOfLength(value.Length);

    public static string MaskOfLength(int length) => $"****({length})";

    /// <summary>Replaces every known secret in the text by its mask, longest first so that one secret inside another is not half-masked.</summary>
    public string MaskIn(string text)
    {
        foreach (var value in _values.OrderByDescending(value => value.Length))
        {
            text = text.Replace(value, Mask(value), StringComparison.Ordinal);
        }

        return text;
    }
}
