using System.Text;

namespace Hardener.Text;

/// <summary>
/// Applies a set of edits to a text in one step: edits are sorted by position,
/// overlapping edits are rejected, and every byte outside the edited spans is kept.
/// </summary>
public static class TextEditor
{
    /// <exception cref="EditConflictException">Two edits overlap.</exception>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        // Insertions at one offset keep the order in which they were offered, so OrderBy must be stable.
        var sorted = edits.OrderBy(edit => edit.Span.Start).ThenBy(edit => edit.Span.End).ToList();
        if (sorted.Count == 0)
        {
            return text;
        }

        RejectOverlaps(sorted);

        var builder = new StringBuilder(text.Length + sorted.Sum(edit => edit.NewText.Length));
        var position = 0;
        foreach (var edit in sorted)
        {
            if (edit.Span.Start < position || edit.Span.End > text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(edits), $"Edit {edit.Span} lies outside a text of length {text.Length}.");
            }

            builder.Append(text, position, edit.Span.Start - position);
            builder.Append(edit.NewText);
            position = edit.Span.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    private static void RejectOverlaps(List<TextEdit> sorted)
    {
        for (var i = 1; i < sorted.Count; i++)
        {
            var previous = sorted[i - 1];
            var current = sorted[i];
            var insertionsAtOneOffset = previous.Span.IsEmpty && current.Span.IsEmpty;
            if (!insertionsAtOneOffset && previous.Span.OverlapsWith(current.Span))
            {
                throw new EditConflictException(previous, current);
            }
        }
    }
}
