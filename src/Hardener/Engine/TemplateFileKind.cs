namespace Hardener.Engine;

/// <summary>The two files of a Dokploy template.</summary>
public enum TemplateFileKind
{
    Compose,
    TemplateToml,
}
