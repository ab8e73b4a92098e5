using Hardener.Text;

namespace Hardener.Passes.Secrets.Detection;

/// <summary>A literal secret passed as a command argument.</summary>
/// <param name="ArgumentIndex">The index in a list-form command, or null for a string-form command.</param>
/// <param name="Span">Where the secret sits in the string, or in the list item at <paramref name="ArgumentIndex"/>. Quotes are not included.</param>
/// <param name="Flag">The flag that carries it, such as <c>--requirepass</c> or <c>-p</c>.</param>
/// <param name="Program">The program the flag belongs to, such as <c>redis-server</c>, or null when none was recognised.</param>
/// <param name="Kind">What the secret is for.</param>
public sealed record CommandSecret(int? ArgumentIndex, TextSpan Span, string Flag, string? Program, SecretKind Kind);
