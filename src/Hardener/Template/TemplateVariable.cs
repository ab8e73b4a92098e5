using Hardener.Syntax.Toml;
using Hardener.Text;

namespace Hardener.Template;

/// <summary>One entry of the <c>[variables]</c> table.</summary>
/// <param name="Name">The variable name, unquoted.</param>
/// <param name="RawValue">The value token as written, quotes included.</param>
/// <param name="Value">The decoded string, or the source text of a value that is not a string.</param>
/// <param name="KeySpan">The key as written.</param>
/// <param name="ValueSpan">The value token, quotes included.</param>
/// <param name="Style">How the value is quoted.</param>
public sealed record TemplateVariable(
    string Name,
    string RawValue,
    string Value,
    TextSpan KeySpan,
    TextSpan ValueSpan,
    TomlStringKind Style);
