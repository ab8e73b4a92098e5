using DiffPlex;

namespace Hardener.Presentation;

/// <summary>
/// Splits text into lines that keep their terminators, so a diff shows a changed line ending
/// and a missing final newline instead of hiding them.
/// </summary>
internal sealed class LineChunker : IChunker
{
    public static readonly LineChunker Instance = new();

    public IReadOnlyList<string> Chunk(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] == '\n')
            {
                lines.Add(text[start..(index + 1)]);
                start = index + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }
}
