using Hardener.Text;

namespace Hardener.Passes.Secrets.Detection;

/// <summary>The result of judging a value under a secret-naming key.</summary>
/// <param name="Kind">What the value is.</param>
/// <param name="SecretSpan">Where the hardcoded secret sits in the value, or null when there is none.</param>
/// <param name="IsPlaceholder">True when the secret is a placeholder such as <c>changeme</c> or <c>sk-xxxx</c>.</param>
public sealed record SecretValueVerdict(SecretValueKind Kind, TextSpan? SecretSpan = null, bool IsPlaceholder = false)
{
    /// <summary>True when the value contains a hardcoded secret that must be replaced.</summary>
    public bool IsSecret => Kind is SecretValueKind.Hardcoded or SecretValueKind.HardcodedDefault;
}
