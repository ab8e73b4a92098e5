namespace Hardener.Syntax.Yaml;

/// <summary>Anything that can contain a node: a mapping entry or a sequence.</summary>
public interface IYamlParentSyntax
{
}
