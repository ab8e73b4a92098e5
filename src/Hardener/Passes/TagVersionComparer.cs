namespace Hardener.Passes;

/// <summary>
/// Orders image tags as versions: numeric parts compare as numbers (<c>1.10</c> after <c>1.9</c>),
/// other parts as text, and a tag with a suffix (<c>16-alpine</c>) after the same version without one.
/// </summary>
public sealed class TagVersionComparer : IComparer<string>
{
    public static readonly TagVersionComparer Instance = new();

    public int Compare(string? left, string? right)
    {
        var leftParts = Split(left ?? "");
        var rightParts = Split(right ?? "");
        for (var index = 0; index < Math.Max(leftParts.Length, rightParts.Length); index++)
        {
            if (index >= leftParts.Length)
            {
                return -1;
            }

            if (index >= rightParts.Length)
            {
                return 1;
            }

            var result = CompareParts(leftParts[index], rightParts[index]);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    private static string[] Split(string tag) => tag.TrimStart('v', 'V').Split('.', '-', '_', '+');

    private static int CompareParts(string left, string right)
    {
        var leftIsNumber = long.TryParse(left, out var leftNumber);
        var rightIsNumber = long.TryParse(right, out var rightNumber);
        if (leftIsNumber && rightIsNumber)
        {
            return leftNumber.CompareTo(rightNumber);
        }

        // A number sorts after a word, so "1.2.3" ranks above "1.2.rc1".
        if (leftIsNumber != rightIsNumber)
        {
            return leftIsNumber ? 1 : -1;
        }

        return string.CompareOrdinal(left, right);
    }
}
