using Hardener.Compose;
using Hardener.Template;

namespace Hardener.Passes;

/// <summary>
/// A pass that can tell which values of a template are secrets. The processor asks every such pass
/// before any pass runs, selected or not, so output masks secrets even when the pass that fixes them is skipped.
/// </summary>
public interface ISecretSource
{
    void CollectSecrets(ComposeFile compose, TemplateToml? toml, SecretRegistry secrets);
}
