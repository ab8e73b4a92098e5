using Hardener.Engine;
using Hardener.Text;

namespace Hardener.Passes;

/// <summary>
/// Where a secret is written in one file of a template: the span of its characters as written, and the
/// length of its value, which the mask shows.
/// </summary>
public sealed record SecretLocation(TemplateFileKind File, TextSpan Span, int ValueLength);
