using Hardener.Diagnostics;

namespace Hardener.Syntax.Yaml;

/// <summary>The outcome of parsing a YAML file: the document when it could be read, and every diagnostic.</summary>
public sealed record YamlParseResult(YamlDocumentSyntax? Document, IReadOnlyList<Finding> Diagnostics)
{
    /// <summary>Tells whether the document is safe to edit: it parsed and no diagnostic is an error.</summary>
    public bool IsEditable => Document is not null && Diagnostics.All(diagnostic => diagnostic.Severity != Severity.Error);
}
