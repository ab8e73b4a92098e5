using Hardener.Diagnostics;
using Hardener.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Hardener.Syntax.Yaml;

/// <summary>
/// Builds a <see cref="YamlDocumentSyntax"/> from YamlDotNet's event parser.
/// </summary>
/// <remarks>
/// Structure comes from the parser with comments skipped, because YamlDotNet 18's parser throws on
/// some valid files when its scanner keeps comments (a comment after a flow sequence value).
/// Comments come from a second, comment-keeping scanner run. Collection end marks land on the
/// next token, after trailing comments and blank lines, so a collection's end is taken from its
/// last child instead.
/// </remarks>
public static class YamlSyntaxParser
{
    public const string SyntaxErrorId = "yaml-syntax";

    public static YamlParseResult Parse(string text, string filePath)
    {
        if (FindForbiddenCharacter(text) is { } forbidden)
        {
            var lines = new LineMap(text);
            var finding = new Finding(SyntaxErrorId, Severity.Error, filePath, lines.GetPosition(forbidden),
                $"invalid YAML: the control character U+{(int)text[forbidden]:X4} is not allowed in a YAML file", Fixable: false);
            return new YamlParseResult(null, [finding]);
        }

        YamlNodeSyntax? root;
        var builder = new YamlTreeBuilder(text);
        try
        {
            root = builder.Build(out var documentCount);
            var document = new YamlDocumentSyntax(text, root, ReadComments(text));
            var diagnostics = new List<Finding>();
            if (documentCount > 1)
            {
                diagnostics.Add(Error(document.Lines, filePath, 0, "yaml-multiple-documents",
                    $"the file contains {documentCount} YAML documents; a compose file must contain exactly one"));
            }

            YamlStructureChecks.Check(document, filePath, diagnostics);
            return new YamlParseResult(document, diagnostics);
        }
        catch (YamlException exception)
        {
            // YamlDotNet reports a tab used as indentation where the construct around it starts, so the tab itself is named first.
            var lines = new LineMap(text);
            if (YamlStructureChecks.FindTabIndentation(text, lines, []) is { } tab && lines.GetPosition(tab).Line <= exception.Start.Line + 1)
            {
                return new YamlParseResult(null, [Error(lines, filePath, tab, YamlStructureChecks.TabIndentationId, YamlStructureChecks.TabIndentationMessage)]);
            }

            var position = new LinePosition((int)exception.Start.Line, (int)exception.Start.Column);
            var message = DescribeSyntaxError(exception);
            var finding = new Finding(SyntaxErrorId, Severity.Error, filePath, position, message, Fixable: false);
            return new YamlParseResult(null, [finding]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18's scanner throws this, with no position, on some unclosed flow collections.
            var finding = new Finding(SyntaxErrorId, Severity.Error, filePath, builder.LastPosition, "invalid YAML: the parser failed after this point; check for an unclosed [ or {", Fixable: false);
            return new YamlParseResult(null, [finding]);
        }
    }

    internal static Finding Error(LineMap lines, string filePath, int offset, string ruleId, string message) =>
        new(ruleId, Severity.Error, filePath, lines.GetPosition(offset), message, Fixable: false);

    /// <summary>Returns the offset of the first C0 control character other than tab, line feed and carriage return.</summary>
    private static int? FindForbiddenCharacter(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] < ' ' && text[index] is not ('\t' or '\n' or '\r'))
            {
                return index;
            }
        }

        return null;
    }

    private static string DescribeSyntaxError(YamlException exception)
    {
        // YamlDotNet prefixes its messages with "(Line: …, Col: …, Idx: …) - (…): ", which the finding already gives.
        var message = exception.InnerException?.Message ?? exception.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        var reason = marker >= 0 ? message[(marker + 3)..] : message;
        return $"invalid YAML: {reason.TrimEnd('.')}";
    }

    private static List<YamlCommentSyntax> ReadComments(string text)
    {
        var comments = new List<YamlCommentSyntax>();
        var scanner = new Scanner(new StringReader(text), skipComments: false);
        while (scanner.MoveNext())
        {
            if (scanner.Current is YamlDotNet.Core.Tokens.Comment comment)
            {
                var span = new TextSpan((int)comment.Start.Index, (int)comment.End.Index);
                comments.Add(new YamlCommentSyntax(span, comment.Value));
            }
        }

        return comments;
    }
}
