using System.Text.RegularExpressions;
using Hardener.Diagnostics;
using Hardener.Text;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Hardener.Syntax.Toml;

/// <summary>
/// A TOML file parsed losslessly by Tomlyn, together with its original text and its parse
/// diagnostics converted to findings. A document with errors must not be edited.
/// </summary>
public sealed partial class TomlDocument
{
    /// <summary>Rule id of the findings that report invalid TOML.</summary>
    public const string SyntaxRuleId = "toml-syntax";

    private TomlDocument(string filePath, string text, DocumentSyntax syntax, IReadOnlyList<Finding> findings)
    {
        FilePath = filePath;
        Text = text;
        Syntax = syntax;
        Findings = findings;
        Lines = new LineMap(text);
        NewLine = TomlLayout.DetectNewLine(text);
    }

    /// <summary>Path written into findings. This class never reads it from disk.</summary>
    public string FilePath { get; }

    /// <summary>The text as given to <see cref="Parse"/>, which every edit offset refers to.</summary>
    public string Text { get; }

    /// <summary>The Tomlyn syntax tree. Its spans are end-inclusive and must be converted with <see cref="TomlSpans"/>.</summary>
    public DocumentSyntax Syntax { get; }

    /// <summary>Tomlyn diagnostics as findings with rule id <see cref="SyntaxRuleId"/>.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>True when Tomlyn reported at least one error, so the file is not editable.</summary>
    public bool HasErrors => Findings.Any(finding => finding.Severity == Severity.Error);

    /// <summary>Line starts of <see cref="Text"/>.</summary>
    public LineMap Lines { get; }

    /// <summary>The line ending new lines are written with: "\r\n" when the first line ends so, otherwise "\n".</summary>
    public string NewLine { get; }

    /// <summary>
    /// Parses TOML text with semantic validation, so duplicate keys and tables count as errors.
    /// The caller strips a byte order mark first.
    /// </summary>
    public static TomlDocument Parse(string text, string filePath)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(filePath);

        var syntax = SyntaxParser.Parse(text, filePath, validate: true);
        var lines = new LineMap(text);
        var findings = new List<Finding>();
        foreach (var diagnostic in syntax.Diagnostics)
        {
            findings.Add(ToFinding(diagnostic, filePath, lines));
        }

        return new TomlDocument(filePath, text, syntax, findings);
    }

    private static Finding ToFinding(DiagnosticMessage diagnostic, string filePath, LineMap lines)
    {
        var start = diagnostic.Span.Start;

        // Tomlyn counts lines and columns from 0. The offset is preferred because LineMap
        // counts columns in UTF-16 units like every other position in Hardener.
        var position = start.Offset >= 0
            ? lines.GetPosition(start.Offset)
            : new LinePosition(start.Line + 1, start.Column + 1);
        var severity = diagnostic.Kind == DiagnosticMessageKind.Error ? Severity.Error : Severity.Warning;
        // Tomlyn quotes the offending token, which may be a secret, so every quoted part is left out, except
        // a key name ("The key "mounts" is already defined"), which is never a value.
        var message = QuotedToken().Replace(QuotedValue().Replace(diagnostic.Message ?? "", ""), match =>
            match.Index >= 4 && diagnostic.Message![(match.Index - 4)..match.Index] == "key " ? match.Value : "\"…\"");
        return new Finding(SyntaxRuleId, severity, filePath, position, $"invalid TOML: {message}", Fixable: false);
    }

    // Tomlyn 2.11.1 quotes the earlier value in "already defined at (8,1) with `...`", and
    // findings must not carry a value that may be a secret.
    [GeneratedRegex(@" with `.*?`(?= and cannot)", RegexOptions.Singleline)]
    private static partial Regex QuotedValue();

    [GeneratedRegex("\"[^\"]*\"|`[^`]*`", RegexOptions.Singleline)]
    private static partial Regex QuotedToken();
}
