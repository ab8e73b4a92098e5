using Hardener.Syntax.Yaml;

namespace Hardener.Compose;

/// <summary>The compose model of a parsed docker-compose.yml: its services in source order.</summary>
public sealed class ComposeFile
{
    public const string StructureErrorId = "compose-structure";

    private ComposeFile(YamlDocumentSyntax syntax, YamlMappingSyntax? root, IReadOnlyList<ComposeService> services, IReadOnlyList<(int Offset, string Message)> problems)
    {
        Syntax = syntax;
        Root = root;
        Services = services;
        Problems = problems;
    }

    public YamlDocumentSyntax Syntax { get; }

    /// <summary>The top mapping; null when the file is empty or its top node is not a mapping.</summary>
    public YamlMappingSyntax? Root { get; }

    public IReadOnlyList<ComposeService> Services { get; }

    /// <summary>Shapes that Compose rejects (a top level or a service that is not a mapping), at file offsets.</summary>
    public IReadOnlyList<(int Offset, string Message)> Problems { get; }

    public static ComposeFile From(YamlDocumentSyntax syntax)
    {
        var root = syntax.Root as YamlMappingSyntax;
        var services = new List<ComposeService>();
        var problems = new List<(int Offset, string Message)>();
        var servicesNode = root is null ? null : MergedMapping.FindEntry(root, "services");
        if (root is null)
        {
            problems.Add((syntax.Root?.Span.Start ?? 0, "the file is not a compose file: its top level must be a mapping with a 'services' key"));
        }
        else if (servicesNode is null)
        {
            problems.Add((root.Span.Start, "the file has no 'services' key, so there is nothing to harden"));
        }
        else if (MergedMapping.Resolve(servicesNode.Value) is not YamlMappingSyntax servicesMapping)
        {
            problems.Add((servicesNode.Value.Span.Start, "'services' must be a mapping of service names to their settings"));
        }
        else
        {
            foreach (var entry in MergedMapping.GetEntries(servicesMapping))
            {
                if (entry.KeyText is not { } name)
                {
                    continue;
                }

                var mapping = MergedMapping.Resolve(entry.Value) as YamlMappingSyntax;
                if (mapping is null && !(entry.Value is YamlScalarSyntax { IsEmpty: true }))
                {
                    problems.Add((entry.Value.Span.Start, $"service '{name}' must be a mapping of settings, such as 'image:'"));
                }

                services.Add(new ComposeService(name, entry, mapping));
            }
        }

        return new ComposeFile(syntax, root, services, problems);
    }

    public ComposeService? FindService(string name) => Services.FirstOrDefault(service => service.Name == name);
}
