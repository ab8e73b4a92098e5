using Hardener.Syntax.Yaml;
using Hardener.Text;

namespace Hardener.Compose;

/// <summary>Reads a service's <c>environment</c> in either of its two forms.</summary>
internal static class EnvironmentReader
{
    public static IReadOnlyList<EnvironmentVariable> Read(YamlNodeSyntax? environment) => environment switch
    {
        YamlMappingSyntax mapping => ReadMap(mapping),
        YamlSequenceSyntax sequence => ReadList(sequence),
        _ => [],
    };

    private static List<EnvironmentVariable> ReadMap(YamlMappingSyntax mapping)
    {
        var variables = new List<EnvironmentVariable>();
        foreach (var entry in MergedMapping.GetEntries(mapping))
        {
            if (entry.KeyText is not { } key || MergedMapping.Resolve(entry.Value) is not YamlScalarSyntax value)
            {
                continue;
            }

            var isPassThrough = value.IsEmpty && value.Style == YamlScalarStyle.Plain;
            var isNull = value.Style == YamlScalarStyle.Plain && value.Value is "~" or "null" or "Null" or "NULL";
            var span = HasVerbatimContent(value) ? value.ContentSpan : (TextSpan?)null;
            variables.Add(new EnvironmentVariable(key, isPassThrough || isNull ? null : value.Value, value, EnvironmentForm.Map, span));
        }

        return variables;
    }

    private static List<EnvironmentVariable> ReadList(YamlSequenceSyntax sequence)
    {
        var variables = new List<EnvironmentVariable>();
        foreach (var item in sequence.Items)
        {
            if (MergedMapping.Resolve(item) is not YamlScalarSyntax scalar || scalar.Value.Length == 0)
            {
                continue;
            }

            var separator = scalar.Value.IndexOf('=');
            if (separator < 0)
            {
                variables.Add(new EnvironmentVariable(scalar.Value.Trim(), null, scalar, EnvironmentForm.List, null));
                continue;
            }

            var key = scalar.Value[..separator].Trim();
            var value = scalar.Value[(separator + 1)..];
            TextSpan? span = HasVerbatimContent(scalar)
                ? new TextSpan(scalar.ContentSpan.Start + separator + 1, scalar.ContentSpan.End)
                : null;
            variables.Add(new EnvironmentVariable(key, value, scalar, EnvironmentForm.List, span));
        }

        return variables;
    }

    /// <summary>Tells whether the characters in the file are the value itself, so offsets into the value are offsets into the file.</summary>
    private static bool HasVerbatimContent(YamlScalarSyntax scalar) => scalar.Style switch
    {
        YamlScalarStyle.Plain => !scalar.IsEmpty && scalar.ContentSpan.Length == scalar.Value.Length,
        YamlScalarStyle.SingleQuoted or YamlScalarStyle.DoubleQuoted => scalar.ContentSpan.Length == scalar.Value.Length,
        _ => false,
    };
}
