using Hardener.Text;

namespace Hardener.Engine;

/// <summary>
/// Maps offsets of an edited text back to the text as first read, through every edit set applied
/// since, so that findings of later passes point at lines of the file the user has.
/// </summary>
internal sealed class OffsetMap
{
    private readonly List<IReadOnlyList<TextEdit>> _editSets = [];

    /// <summary>Records an edit set, applied to the text the previous sets produced.</summary>
    public void Push(IReadOnlyList<TextEdit> edits) => _editSets.Add(edits.OrderBy(edit => edit.Span.Start).ToList());

    public int ToOriginal(int offset)
    {
        for (var index = _editSets.Count - 1; index >= 0; index--)
        {
            offset = MapThrough(_editSets[index], offset);
        }

        return offset;
    }

    /// <summary>Maps an offset of the text after the edits to the text before them; inside new text, to the edit's start.</summary>
    private static int MapThrough(IReadOnlyList<TextEdit> sortedEdits, int offset)
    {
        var shift = 0;
        foreach (var edit in sortedEdits)
        {
            var newStart = edit.Span.Start + shift;
            var newEnd = newStart + edit.NewText.Length;
            if (offset < newStart)
            {
                break;
            }

            if (offset < newEnd)
            {
                return edit.Span.Start;
            }

            shift += edit.NewText.Length - edit.Span.Length;
        }

        return offset - shift;
    }
}
