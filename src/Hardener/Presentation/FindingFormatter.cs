using Hardener.Diagnostics;

namespace Hardener.Presentation;

/// <summary>
/// Formats findings as <c>path(line,col): severity RULE-ID: message</c> lines. Messages never contain a
/// secret's value: passes write masks into them, and unexpected errors are masked where they are caught.
/// </summary>
public static class FindingFormatter
{
    /// <param name="written">True when the run wrote its changes, so a fixed finding is fixed on disk; otherwise the fix is only offered.</param>
    public static string Format(Finding finding, string baseDirectory, bool written = true)
    {
        var message = EscapeControlCharacters(finding.Message);
        var path = EscapeControlCharacters(DisplayPath.Relative(finding.FilePath, baseDirectory));
        var location = finding.Position.Line > 0 ? $"({finding.Position.Line},{finding.Position.Column})" : "";
        var state = "";
        if (finding.Fixed)
        {
            state = written ? " [fixed]" : " [fix available]";
        }

        return $"{path}{location}: {finding.Severity.ToString().ToLowerInvariant()} {finding.RuleId}: {message}{state}";
    }

    /// <summary>
    /// Escapes line breaks and other control characters that a template's own text may bring into a message,
    /// so every finding stays on one line and no escape sequence reaches the terminal.
    /// </summary>
    public static string EscapeControlCharacters(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var character in text)
        {
            builder.Append(character switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(character) => $"\\u{(int)character:X4}",
                _ => character.ToString(),
            });
        }

        return builder.ToString();
    }
}
