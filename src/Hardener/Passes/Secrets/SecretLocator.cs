using Hardener.Compose;
using Hardener.Engine;
using Hardener.Syntax.Toml;
using Hardener.Template;
using Hardener.Text;

namespace Hardener.Passes.Secrets;

/// <summary>
/// Finds where a site's secret is written in its file. Where the characters are the value one for one
/// the span is the secret's own; where escapes or folding make them differ, it is the whole value as written.
/// </summary>
internal static class SecretLocator
{
    public static SecretLocation? Locate(SecretSite site, ComposeFile compose, TemplateToml? toml)
    {
        if (site.Literal.Length == 0)
        {
            return null;
        }

        if (site.Scalar is { } scalar)
        {
            var verbatim = !scalar.IsBlock && !scalar.IsEmpty && scalar.ContentSpan.Length == scalar.Value.Length;
            var span = verbatim
                ? Within(scalar.ContentSpan.Start, scalar.Value, site.ValueSpan, site.Literal)
                : BlockContent(compose.Syntax.Text, scalar.IsBlock, scalar.ContentSpan);
            return new SecretLocation(TemplateFileKind.Compose, span, site.Literal.Length);
        }

        if (site.TomlEntry is { } entry)
        {
            var verbatim = entry.ValueSpan.Length == entry.Value.Length;
            var span = verbatim ? Within(entry.ValueSpan.Start, entry.Value, site.ValueSpan, site.Literal) : entry.TokenSpan;
            return new SecretLocation(TemplateFileKind.TemplateToml, span, site.Literal.Length);
        }

        if (site.TomlVariable is { } variable)
        {
            var quoted = variable.Style is TomlStringKind.Basic or TomlStringKind.Literal && variable.ValueSpan.Length == variable.Value.Length + 2;
            var span = quoted ? new TextSpan(variable.ValueSpan.Start + 1, variable.ValueSpan.End - 1) : variable.ValueSpan;
            return new SecretLocation(TemplateFileKind.TemplateToml, span, site.Literal.Length);
        }

        return null;
    }

    /// <summary>
    /// Returns where a secret is also written inside block scalars (a configuration file embedded in an
    /// environment value), which no site covers but a diff's context lines may show.
    /// </summary>
    public static IEnumerable<SecretLocation> LocateCopiesInBlocks(ComposeFile compose, string literal)
    {
        const int MinimumLength = 4;
        if (literal.Length < MinimumLength)
        {
            yield break;
        }

        var text = compose.Syntax.Text;
        foreach (var variable in compose.Services.SelectMany(service => service.Environment).Where(variable => variable.Node.IsBlock))
        {
            var content = variable.Node.ContentSpan;
            for (var index = text.IndexOf(literal, content.Start, content.Length, StringComparison.Ordinal);
                 index >= 0 && index + literal.Length <= content.End;
                 index = text.IndexOf(literal, index + literal.Length, content.End - index - literal.Length, StringComparison.Ordinal))
            {
                yield return new SecretLocation(TemplateFileKind.Compose, new TextSpan(index, index + literal.Length), literal.Length);
            }
        }
    }

    /// <summary>Returns the span of the literal inside the site's part of a value that is written one for one.</summary>
    private static TextSpan Within(int valueStart, string value, TextSpan sitePart, string literal)
    {
        var part = value[sitePart.Start..sitePart.End];
        var index = part.IndexOf(literal, StringComparison.Ordinal);
        var start = valueStart + sitePart.Start + Math.Max(index, 0);
        return new TextSpan(start, start + (index >= 0 ? literal.Length : sitePart.Length));
    }

    /// <summary>Returns a scalar's content as written; for a block scalar, without its header line.</summary>
    private static TextSpan BlockContent(string text, bool isBlock, TextSpan content)
    {
        if (!isBlock)
        {
            return content;
        }

        var lineBreak = text.IndexOf('\n', content.Start, content.Length);
        return lineBreak < 0 ? content : new TextSpan(lineBreak + 1, content.End);
    }
}
