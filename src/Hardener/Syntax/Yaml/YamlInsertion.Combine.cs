using Hardener.Text;

namespace Hardener.Syntax.Yaml;

public static partial class YamlInsertion
{
    /// <summary>
    /// Merges the line insertions that several calls place at one offset into one edit, in an order that
    /// keeps each inserted line in the collection it was built for. Call it before applying the edits of
    /// several insertions in one step.
    /// </summary>
    /// <remarks>
    /// Collections that end on one line share an insertion offset: a service's last <c>networks:</c> item
    /// and a new key of the service both go after that item's line. <see cref="TextEditor.Apply"/> keeps
    /// the offered order, and a new <c>labels:</c> line placed before a <c>- network</c> line would adopt
    /// it as a label. Deeper lines therefore come first, and at one column a dash comes before a key,
    /// because with dashes flush under their key a sequence item shares its parent key's column. Equal
    /// lines keep the offered order. Other edits pass through unchanged.
    /// </remarks>
    public static IReadOnlyList<TextEdit> CombineEdits(IEnumerable<TextEdit> edits)
    {
        var combined = new List<TextEdit>();
        var lineInsertions = new List<TextEdit>();
        foreach (var edit in edits)
        {
            (IsLineInsertion(edit) ? lineInsertions : combined).Add(edit);
        }

        foreach (var group in lineInsertions.GroupBy(edit => edit.Span.Start))
        {
            var ordered = group
                .OrderByDescending(edit => GetFirstLineIndentation(edit.NewText))
                .ThenBy(edit => StartsWithDash(edit.NewText) ? 0 : 1);
            combined.Add(TextEdit.Insert(group.Key, string.Concat(ordered.Select(edit => edit.NewText))));
        }

        return combined;
    }

    private static bool IsLineInsertion(TextEdit edit) =>
        edit.Span.IsEmpty && (edit.NewText.StartsWith('\n') || edit.NewText.StartsWith("\r\n", StringComparison.Ordinal));

    private static int GetFirstLineIndentation(string text)
    {
        var start = text.IndexOf('\n') + 1;
        var position = start;
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }

        return position - start;
    }

    private static bool StartsWithDash(string text)
    {
        var position = text.IndexOf('\n') + 1 + GetFirstLineIndentation(text);
        return position < text.Length && text[position] == '-';
    }
}
