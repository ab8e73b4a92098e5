using Hardener.Text;

namespace Hardener.Syntax.Yaml;

/// <summary>Appends an item to a flow collection (<c>[a, b]</c> or <c>{a: 1}</c>) in the layout it already has.</summary>
internal static class YamlFlowInsertion
{
    /// <summary>
    /// Builds the edits that append already formatted flow text after the last child. A one-line
    /// collection gets <c>, item</c>. A collection whose closing bracket is on a later line than the last
    /// child gets the item on a new line, indented like the last child. A trailing comma stays trailing.
    /// </summary>
    /// <param name="lastChild">The span of the last item or entry, or null when the collection is empty.</param>
    public static IReadOnlyList<TextEdit> Append(YamlDocumentSyntax document, YamlNodeSyntax collection, TextSpan? lastChild, string itemText)
    {
        var text = document.Text;
        var open = collection.Span.Start;
        var close = collection.Span.End - 1;
        if (lastChild is not { } last)
        {
            var inside = new TextSpan(open + 1, close);
            return document.GetText(inside).All(character => character is ' ' or '\t')
                ? [new TextEdit(inside, itemText)]
                : [TextEdit.Insert(open + 1, itemText)];
        }

        var comma = FindTrailingComma(text, last.End, close);
        var lines = document.Lines;
        var isMultiLine = lines.GetLineIndex(close) > lines.GetLineIndex(comma ?? last.End);
        if (!isMultiLine)
        {
            return comma is { } at
                ? [TextEdit.Insert(at + 1, " " + itemText + ",")]
                : [TextEdit.Insert(last.End, ", " + itemText)];
        }

        // An item on the line of the opening bracket sets no line indentation, so align with the item itself.
        var indentation = lines.GetLineIndex(last.Start) == lines.GetLineIndex(open)
            ? YamlStyle.GetColumn(document, last.Start)
            : YamlInsertionPoint.GetLineIndentation(document, last.Start);
        var newLine = document.NewLine + new string(' ', indentation) + itemText;
        if (comma is { } trailing)
        {
            return [TextEdit.Insert(YamlInsertionPoint.GetLineContentEnd(text, trailing), newLine + ",")];
        }

        // The comma goes right after the last item, before a comment on its line, and the new item goes after the comment.
        var lineEnd = YamlInsertionPoint.GetLineContentEnd(text, last.End);
        return lineEnd == last.End
            ? [TextEdit.Insert(last.End, "," + newLine)]
            : [TextEdit.Insert(last.End, ","), TextEdit.Insert(lineEnd, newLine)];
    }

    /// <summary>Returns the offset of a comma between the last child and the closing bracket, skipping white space and comments.</summary>
    private static int? FindTrailingComma(string text, int position, int close)
    {
        while (position < close)
        {
            var character = text[position];
            if (character == ',')
            {
                return position;
            }

            if (character == '#')
            {
                position = YamlInsertionPoint.GetLineContentEnd(text, position);
            }
            else if (char.IsWhiteSpace(character))
            {
                position++;
            }
            else
            {
                return null;
            }
        }

        return null;
    }
}
