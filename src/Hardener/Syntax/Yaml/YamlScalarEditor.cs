using Hardener.Text;

namespace Hardener.Syntax.Yaml;

/// <summary>
/// Turns edits of a scalar's value into edits of the file. Where the scalar's characters are its value
/// one for one, only the edited characters change; otherwise (escapes in a quoted scalar) the scalar is
/// written again in its own quote style. The result always reads back as the edited value.
/// </summary>
public static class YamlScalarEditor
{
    /// <summary>Builds the file edits; fails for block scalars and multi-line plain scalars, whose folding cannot be kept.</summary>
    /// <param name="valueEdits">Edits with spans that index into <see cref="YamlScalarSyntax.Value"/>.</param>
    public static bool TryEdit(YamlScalarSyntax scalar, IReadOnlyList<TextEdit> valueEdits, out IReadOnlyList<TextEdit> fileEdits)
    {
        fileEdits = [];
        if (!CanEdit(scalar))
        {
            return false;
        }

        var newValue = TextEditor.Apply(scalar.Value, valueEdits);
        var isVerbatim = !scalar.IsEmpty && scalar.ContentSpan.Length == scalar.Value.Length;
        if (scalar.Style == YamlScalarStyle.Plain)
        {
            if (!isVerbatim || YamlScalarFormatter.NeedsQuotes(newValue, scalar.IsInFlowCollection))
            {
                fileEdits = [new TextEdit(scalar.Span, YamlScalarFormatter.Format(newValue, YamlScalarStyle.DoubleQuoted, scalar.IsInFlowCollection))];
                return true;
            }

            fileEdits = Shift(valueEdits, scalar.ContentSpan.Start, text => text);
            return true;
        }

        if (!isVerbatim)
        {
            fileEdits = [new TextEdit(scalar.Span, YamlScalarFormatter.Quote(newValue, scalar.Style))];
            return true;
        }

        fileEdits = scalar.Style == YamlScalarStyle.SingleQuoted
            ? Shift(valueEdits, scalar.ContentSpan.Start, text => text.Replace("'", "''"))
            : Shift(valueEdits, scalar.ContentSpan.Start, EscapeForDoubleQuotes);
        return true;
    }

    /// <summary>Tells whether <see cref="TryEdit"/> can edit the scalar: false for block scalars and multi-line plain scalars.</summary>
    public static bool CanEdit(YamlScalarSyntax scalar) =>
        !scalar.IsBlock && !(scalar.Style == YamlScalarStyle.Plain && scalar.Value.Contains('\n'));

    private static List<TextEdit> Shift(IReadOnlyList<TextEdit> edits, int offset, Func<string, string> escape) =>
        edits.Select(edit => new TextEdit(new TextSpan(edit.Span.Start + offset, edit.Span.End + offset), escape(edit.NewText))).ToList();

    private static string EscapeForDoubleQuotes(string text)
    {
        var quoted = YamlScalarFormatter.Quote(text, YamlScalarStyle.DoubleQuoted);
        return quoted[1..^1];
    }
}
