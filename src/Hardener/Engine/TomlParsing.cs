using Hardener.Diagnostics;
using Hardener.Text;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Hardener.Engine;

/// <summary>Parses template.toml and turns Tomlyn's diagnostics into findings.</summary>
internal static class TomlParsing
{
    public const string SyntaxErrorId = "toml-syntax";

    public sealed record Result(DocumentSyntax Document, IReadOnlyList<Finding> Diagnostics)
    {
        public bool IsEditable => !Document.HasErrors;
    }

    public static Result Parse(string text, string path)
    {
        var document = SyntaxParser.Parse(text, path);
        var findings = document.Diagnostics
            .Select(message => new Finding(
                SyntaxErrorId,
                message.Kind == DiagnosticMessageKind.Error ? Severity.Error : Severity.Warning,
                path,
                new LinePosition(message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                message.Message + (message.Kind == DiagnosticMessageKind.Error ? "; template.toml is left untouched" : ""),
                Fixable: false))
            .ToList();
        return new Result(document, findings);
    }
}
