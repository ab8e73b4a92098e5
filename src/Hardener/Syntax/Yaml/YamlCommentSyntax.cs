using Hardener.Text;

namespace Hardener.Syntax.Yaml;

/// <summary>A comment from its <c>#</c> to the end of its line.</summary>
public sealed record YamlCommentSyntax(TextSpan Span, string Text);
