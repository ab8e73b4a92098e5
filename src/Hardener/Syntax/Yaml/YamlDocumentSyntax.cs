using Hardener.Text;

namespace Hardener.Syntax.Yaml;

/// <summary>
/// A parsed YAML file. The tree points into <see cref="Text"/>, which is the file exactly as read
/// (less a byte order mark), so printing an unedited document returns its input unchanged.
/// </summary>
public sealed class YamlDocumentSyntax
{
    internal YamlDocumentSyntax(string text, YamlNodeSyntax? root, IReadOnlyList<YamlCommentSyntax> comments)
    {
        Text = text;
        Root = root;
        Comments = comments;
        Lines = new LineMap(text);
        NewLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
    }

    public string Text { get; }

    /// <summary>The top node; null for an empty document.</summary>
    public YamlNodeSyntax? Root { get; }

    public IReadOnlyList<YamlCommentSyntax> Comments { get; }

    public LineMap Lines { get; }

    /// <summary>The line ending the file uses, for text the tool inserts.</summary>
    public string NewLine { get; }

    public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);

    public override string ToString() => Text;
}
