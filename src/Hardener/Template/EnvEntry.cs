using Hardener.Syntax.Toml;
using Hardener.Text;

namespace Hardener.Template;

/// <summary>
/// One environment variable of <c>config.env</c>.
/// </summary>
/// <param name="Key">The variable name, unquoted.</param>
/// <param name="Value">The decoded string, or the source text of a value that is not a string.</param>
/// <param name="ValueSpan">
/// The source text of the value alone: inside the quotes for a string, after the first '=' for
/// an assignment string, and the whole token for a value that is not a string.
/// </param>
/// <param name="TokenSpan">The whole value token, quotes included.</param>
/// <param name="Style">How the value token is quoted.</param>
/// <param name="Form">Whether the entry is a key/value pair or a <c>"KEY=value"</c> string.</param>
public sealed record EnvEntry(
    string Key,
    string Value,
    TextSpan ValueSpan,
    TextSpan TokenSpan,
    TomlStringKind Style,
    EnvEntryForm Form);
