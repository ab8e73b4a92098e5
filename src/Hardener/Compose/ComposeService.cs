using Hardener.Syntax.Yaml;

namespace Hardener.Compose;

/// <summary>A service of a compose file, read through anchors and merge keys.</summary>
public sealed class ComposeService
{
    internal ComposeService(string name, YamlKeyValueSyntax entry, YamlMappingSyntax? mapping)
    {
        Name = name;
        Entry = entry;
        Mapping = mapping;
    }

    public string Name { get; }

    /// <summary>The <c>name: …</c> entry under <c>services</c>.</summary>
    public YamlKeyValueSyntax Entry { get; }

    /// <summary>The service's mapping; null when the service is not a mapping (an invalid compose file).</summary>
    public YamlMappingSyntax? Mapping { get; }

    /// <summary>Returns the resolved value of a service key, following merge keys.</summary>
    public YamlNodeSyntax? Get(string key) => Mapping is null ? null : MergedMapping.GetValue(Mapping, key);

    /// <summary>The image scalar, wherever it is written (in the service or in an anchor it merges).</summary>
    public YamlScalarSyntax? Image => Get("image") as YamlScalarSyntax;

    public IReadOnlyList<EnvironmentVariable> Environment => EnvironmentReader.Read(Get("environment"));
}
