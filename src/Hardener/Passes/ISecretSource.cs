using Hardener.Compose;
using Hardener.Template;

namespace Hardener.Passes;

/// <summary>
/// A pass that can tell where a template's secrets are written. The processor asks every such pass
/// before any pass runs and after the last one, selected or not, so output masks secrets even when the
/// pass that fixes them is skipped.
/// </summary>
public interface ISecretSource
{
    /// <summary>Adds every secret value of the template to the registry and returns where each is written.</summary>
    IReadOnlyList<SecretLocation> LocateSecrets(ComposeFile compose, TemplateToml? toml, SecretRegistry secrets);
}
