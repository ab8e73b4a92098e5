namespace Hardener.Passes.Secrets.Detection;

/// <summary>The verdict on a key that names a secret.</summary>
/// <param name="Kind">What the secret is for.</param>
/// <param name="NeedsRandomLookingValue">
/// True when the key only hints at a secret, such as a bare <c>IMGPROXY_KEY</c>, so a value should count as a secret
/// only when it looks random. False when the name alone is enough, such as <c>POSTGRES_PASSWORD</c>.
/// </param>
public sealed record SecretKeyClassification(SecretKind Kind, bool NeedsRandomLookingValue);
