using Hardener.Syntax.Yaml;
using Hardener.Text;

namespace Hardener.Tests.Support;

/// <summary>
/// Checks that a tree's spans describe its text: children lie inside their parents and after their
/// previous siblings, plain scalars print their own value, and quoted scalars start and end with their quote.
/// </summary>
internal static class SyntaxTreeInvariants
{
    public static List<string> Check(YamlDocumentSyntax document)
    {
        var problems = new List<string>();
        if (document.Root is not null)
        {
            Visit(document, document.Root, new TextSpan(0, document.Text.Length), problems);
        }

        return problems;
    }

    private static void Visit(YamlDocumentSyntax document, YamlNodeSyntax node, TextSpan parent, List<string> problems)
    {
        var position = document.Lines.GetPosition(node.Span.Start);
        if (!parent.Contains(node.FullSpan) || !node.FullSpan.Contains(node.Span))
        {
            problems.Add($"({position}) span {node.Span} of {node.GetType().Name} lies outside {parent}");
            return;
        }

        switch (node)
        {
            case YamlScalarSyntax { Style: YamlScalarStyle.Plain, IsEmpty: false } scalar when !scalar.Value.Contains('\n'):
                var written = document.GetText(scalar.Span);
                if (written != scalar.Value && written.Replace("\r\n", " ").Replace('\n', ' ') != scalar.Value)
                {
                    problems.Add($"({position}) plain scalar prints '{written}' but its value is '{scalar.Value}'");
                }

                break;
            case YamlScalarSyntax { IsQuoted: true } quoted:
                var quote = quoted.Style == YamlScalarStyle.SingleQuoted ? '\'' : '"';
                if (document.Text[quoted.Span.Start] != quote || document.Text[quoted.Span.End - 1] != quote)
                {
                    problems.Add($"({position}) quoted scalar span {quoted.Span} does not start and end with {quote}");
                }

                break;
            case YamlSequenceSyntax sequence:
                VisitInOrder(document, sequence.Items, sequence.Span, problems);
                break;
            case YamlMappingSyntax mapping:
                VisitInOrder(document, mapping.Entries.SelectMany(entry => new[] { entry.Key, entry.Value }), mapping.Span, problems);
                break;
        }
    }

    private static void VisitInOrder(YamlDocumentSyntax document, IEnumerable<YamlNodeSyntax> children, TextSpan parent, List<string> problems)
    {
        var previousEnd = parent.Start;
        foreach (var child in children)
        {
            if (child.FullSpan.Start < previousEnd)
            {
                problems.Add($"({document.Lines.GetPosition(child.FullSpan.Start)}) {child.GetType().Name} starts before its previous sibling ends");
            }

            Visit(document, child, parent, problems);
            previousEnd = child.FullSpan.End;
        }
    }
}
