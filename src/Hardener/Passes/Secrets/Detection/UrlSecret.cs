using Hardener.Text;

namespace Hardener.Passes.Secrets.Detection;

/// <summary>A literal secret inside a URL or connection string.</summary>
/// <param name="Span">Where the secret sits in the value, as written (percent-encoded if it was).</param>
/// <param name="Scheme">The URL scheme, such as <c>postgres</c> or <c>redis</c>, or null for a query parameter outside a URL.</param>
/// <param name="ParameterName">The query parameter that carries the secret, such as <c>secretKey</c>, or null for the password of the user info.</param>
public sealed record UrlSecret(TextSpan Span, string? Scheme, string? ParameterName);
