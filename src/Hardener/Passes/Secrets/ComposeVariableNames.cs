using Hardener.Compose.Interpolation;
using Hardener.Syntax.Yaml;

namespace Hardener.Passes.Secrets;

/// <summary>Collects the names of every variable a compose file interpolates, in any value.</summary>
internal static class ComposeVariableNames
{
    public static void Collect(YamlNodeSyntax? node, HashSet<string> names)
    {
        switch (node)
        {
            case YamlScalarSyntax scalar when scalar.Value.Contains('$') && InterpolationParser.TryParse(scalar.Value, out var parsed, out _):
                names.UnionWith(parsed!.VariableNames);
                break;
            case YamlSequenceSyntax sequence:
                foreach (var item in sequence.Items)
                {
                    Collect(item, names);
                }

                break;
            case YamlMappingSyntax mapping:
                foreach (var entry in mapping.Entries)
                {
                    Collect(entry.Value, names);
                }

                break;
        }
    }
}
