namespace Hardener.Text;

/// <summary>
/// A half-open range [Start, End) of 0-based UTF-16 offsets into a source text.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => Start == End;

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Tells whether two spans share at least one character, or both insert at the same offset.</summary>
    public bool OverlapsWith(TextSpan other)
    {
        if (IsEmpty && other.IsEmpty)
        {
            return Start == other.Start;
        }

        return Start < other.End && other.Start < End;
    }

    public override string ToString() => $"[{Start}..{End})";
}
