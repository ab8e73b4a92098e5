using Hardener.Syntax.Toml;
using Hardener.Text;
using Tomlyn.Syntax;

namespace Hardener.Template;

/// <summary>
/// Appends <c>"KEY=value"</c> elements to an <c>env = [...]</c> array in the array's own layout:
/// one element per line with the last element's indentation, or all on one line.
/// </summary>
internal static class EnvArrayAppender
{
    /// <summary>Default indentation of elements in an empty array that spans several lines.</summary>
    private const string DefaultIndentation = "  ";

    public static IEnumerable<TextEdit> Append(ArraySyntax array, IReadOnlyList<string> elements, TomlDocument document)
    {
        var text = document.Text;
        var newLine = document.NewLine;
        var openEnd = TomlSpans.EndOf(array.OpenBracket!);
        var closeStart = TomlSpans.StartOf(array.CloseBracket!);
        var items = (array.Items ?? []).ToList();

        if (items.Count == 0)
        {
            if (!text[openEnd..closeStart].Contains('\n'))
            {
                return [TextEdit.Insert(openEnd, string.Join(", ", elements))];
            }

            var indentation = TomlLayout.GetIndentation(text, closeStart) + DefaultIndentation;
            return [TextEdit.Insert(openEnd, newLine + indentation + string.Join("," + newLine + indentation, elements))];
        }

        var last = items[^1];
        var valueStart = TomlSpans.StartOf(last.Value!);
        var valueEnd = TomlSpans.EndOf(last.Value!);
        var hasTrailingComma = last.Comma is not null;
        var afterLast = hasTrailingComma ? TomlSpans.EndOf(last.Comma!) : valueEnd;

        var singleLine = document.Lines.GetLineIndex(TomlSpans.StartOf(array.OpenBracket!)) == document.Lines.GetLineIndex(closeStart);
        if (singleLine)
        {
            // Keep a trailing comma last, as the array had it.
            return hasTrailingComma
                ? [TextEdit.Insert(afterLast, string.Concat(elements.Select(element => " " + element + ",")))]
                : [TextEdit.Insert(valueEnd, string.Concat(elements.Select(element => ", " + element)))];
        }

        var itemIndentation = GetItemIndentation(text, valueStart);
        var lineBreak = text.IndexOf('\n', afterLast);
        if (lineBreak < 0 || lineBreak >= closeStart)
        {
            // The closing bracket shares the last element's line, as in `"A=1"]`.
            return hasTrailingComma
                ? [TextEdit.Insert(afterLast, string.Concat(elements.Select(element => newLine + itemIndentation + element + ",")))]
                : [TextEdit.Insert(valueEnd, string.Concat(elements.Select(element => "," + newLine + itemIndentation + element)))];
        }

        // New lines go right after the last element's line, before any comment lines that follow it.
        // A missing comma goes right after the last value, so a comment on its line stays put.
        var lines = elements.Select((element, index) =>
            itemIndentation + element + (hasTrailingComma || index < elements.Count - 1 ? "," : "") + newLine);
        var lineInsertion = TextEdit.Insert(lineBreak + 1, string.Concat(lines));
        return hasTrailingComma ? [lineInsertion] : [TextEdit.Insert(valueEnd, ","), lineInsertion];
    }

    private static string GetItemIndentation(string text, int valueStart)
    {
        var lineStart = TomlLayout.GetLineStart(text, valueStart);
        var prefix = text[lineStart..valueStart];
        return string.IsNullOrWhiteSpace(prefix) ? prefix : TomlLayout.GetIndentation(text, valueStart);
    }
}
