namespace Hardener.Text;

/// <summary>
/// A table of line starts that converts offsets to 1-based line and column.
/// A line ends at "\n"; a "\r" before it belongs to the line.
/// NOTE: a lone "\r", which YAML also reads as a line break, is not counted, so positions in such a file are off.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
        TextLength = text.Length;
    }

    public int TextLength { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>Returns the offset where the given 0-based line starts.</summary>
    public int GetLineStart(int lineIndex) => _lineStarts[lineIndex];

    /// <summary>Returns the 0-based index of the line that contains the offset.</summary>
    public int GetLineIndex(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetPosition(int offset)
    {
        var clamped = Math.Clamp(offset, 0, TextLength);
        var lineIndex = GetLineIndex(clamped);
        return new LinePosition(lineIndex + 1, clamped - _lineStarts[lineIndex] + 1);
    }
}
