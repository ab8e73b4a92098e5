using Hardener.Syntax.Yaml;

namespace Hardener.Compose;

/// <summary>The compose model of a parsed docker-compose.yml: its services in source order.</summary>
public sealed class ComposeFile
{
    private ComposeFile(YamlDocumentSyntax syntax, YamlMappingSyntax? root, IReadOnlyList<ComposeService> services)
    {
        Syntax = syntax;
        Root = root;
        Services = services;
    }

    public YamlDocumentSyntax Syntax { get; }

    /// <summary>The top mapping; null when the file is empty or its top node is not a mapping.</summary>
    public YamlMappingSyntax? Root { get; }

    public IReadOnlyList<ComposeService> Services { get; }

    public static ComposeFile From(YamlDocumentSyntax syntax)
    {
        var root = syntax.Root as YamlMappingSyntax;
        var services = new List<ComposeService>();
        if (root is not null && MergedMapping.GetValue(root, "services") is YamlMappingSyntax servicesMapping)
        {
            foreach (var entry in servicesMapping.Entries)
            {
                if (entry.KeyText is { } name && !entry.IsMerge)
                {
                    services.Add(new ComposeService(name, entry, MergedMapping.Resolve(entry.Value) as YamlMappingSyntax));
                }
            }
        }

        return new ComposeFile(syntax, root, services);
    }

    public ComposeService? FindService(string name) => Services.FirstOrDefault(service => service.Name == name);
}
