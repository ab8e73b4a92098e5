using Hardener.Syntax.Yaml;
using Hardener.Text;

namespace Hardener.Compose;

/// <summary>
/// One variable of a service's environment.
/// </summary>
/// <param name="Key">The variable name.</param>
/// <param name="Value">The value as Compose reads it before interpolation; null for a pass-through entry (<c>- KEY</c> or <c>KEY:</c>).</param>
/// <param name="Form">Whether the entry is a map entry or a list item.</param>
/// <param name="Node">The scalar that contains the value: the value of a map entry, or the whole <c>KEY=value</c> item of a list.</param>
/// <param name="ValueSpan">Where the value's characters sit in the file when they can be edited in place; null when the scalar has escapes that make offsets differ.</param>
public sealed record EnvironmentVariable(string Key, string? Value, YamlScalarSyntax Node, EnvironmentForm Form, TextSpan? ValueSpan);
