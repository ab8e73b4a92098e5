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

    /// <summary>
    /// Adds the text a secret is written as in a file, when it differs from the value (quote escapes, a
    /// plain scalar folded over lines). Diffs show that text, so each of its lines is masked on its own.
    /// </summary>
    public void AddWritten(string writtenText)
    {
        foreach (var line in writtenText.Split('\n'))
        {
            Add(line.Trim());
        }
    }

    /// <summary>Renders a secret for output as <c>****</c> and its length, never its characters.</summary>
    public static string Mask(string value) => $"****({value.Length})";

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
