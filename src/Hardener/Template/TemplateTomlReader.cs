using Hardener.Syntax.Toml;
using Tomlyn.Syntax;

namespace Hardener.Template;

/// <summary>Walks the tables of a parsed template and fills a <see cref="TemplateToml"/>.</summary>
internal static class TemplateTomlReader
{
    public static TemplateToml Read(TomlDocument document)
    {
        var template = new TemplateToml(document);
        var variables = new List<TemplateVariable>();
        var env = new List<EnvEntry>();
        var domains = new List<TemplateDomain>();
        var mounts = new List<TemplateMount>();

        // A few templates write `variables = {}` at the top instead of a [variables] table.
        var rootVariables = document.Syntax.KeyValues.FirstOrDefault(keyValue => TomlKeys.Is(keyValue.Key, "variables"));
        if (rootVariables?.Value is InlineTableSyntax inlineVariables)
        {
            template.VariablesInlineTable = inlineVariables;
            variables.AddRange(ReadVariables(inlineVariables.Items?.Select(item => item.KeyValue).OfType<KeyValueSyntax>() ?? [], document.Text));
        }

        foreach (var table in document.Syntax.Tables)
        {
            template.FirstTable ??= table;
            var segments = TomlKeys.GetSegments(table.Name);
            if (segments.Count > 0 && segments[0] == "config")
            {
                template.FirstConfigTable ??= table;
            }

            switch (table)
            {
                case TableSyntax plain when TomlKeys.Is(plain.Name, "variables"):
                    template.VariablesTable ??= plain;
                    variables.AddRange(ReadVariables(KeyValuesOf(plain), document.Text));
                    break;
                case TableSyntax plain when TomlKeys.Is(plain.Name, "config"):
                    template.ConfigTable ??= plain;
                    ReadEnvKeyValue(template, plain, env);
                    break;
                case TableSyntax plain when TomlKeys.Is(plain.Name, "config", "env") && template.EnvStyle == EnvStyle.None:
                    template.EnvStyle = EnvStyle.Table;
                    template.EnvTable = plain;
                    env.AddRange(EnvEntryReader.ReadKeyValues(KeyValuesOf(plain), document.Text));
                    break;
                case TableArraySyntax element when TomlKeys.Is(element.Name, "config", "env") && template.EnvStyle is EnvStyle.None or EnvStyle.ArrayOfTables:
                    template.EnvStyle = EnvStyle.ArrayOfTables;
                    template.LastEnvElement = element;
                    env.AddRange(EnvEntryReader.ReadKeyValues(KeyValuesOf(element), document.Text));
                    break;
                case TableArraySyntax element when TomlKeys.Is(element.Name, "config", "domains"):
                    domains.Add(ReadDomain(element, document));
                    break;
                case TableArraySyntax element when TomlKeys.Is(element.Name, "config", "mounts"):
                    mounts.Add(ReadMount(element, document));
                    break;
            }
        }

        template.Variables = variables;
        template.Env = env;
        template.Domains = domains;
        template.Mounts = mounts;
        var names = new HashSet<string>(StringComparer.Ordinal);
        names.UnionWith(variables.Select(variable => variable.Name));
        names.UnionWith(env.Select(entry => entry.Key));
        template.DefinedNames = names;
        return template;
    }

    /// <summary>Returns the key/value lines of a table, in file order.</summary>
    internal static IEnumerable<KeyValueSyntax> KeyValuesOf(TableSyntaxBase table) =>
        table.Items?.OfType<KeyValueSyntax>() ?? [];

    private static IEnumerable<TemplateVariable> ReadVariables(IEnumerable<KeyValueSyntax> keyValues, string text)
    {
        foreach (var keyValue in keyValues)
        {
            // NOTE: a dotted key such as `a.b = "x"` defines a nested table, not a variable, so it is skipped.
            var name = TomlKeys.GetSimpleName(keyValue.Key);
            if (name is null || keyValue.Key is null || keyValue.Value is null)
            {
                continue;
            }

            var valueSpan = TomlSpans.ToTextSpan(keyValue.Value);
            yield return new TemplateVariable(
                name,
                text[valueSpan.Start..valueSpan.End],
                TomlValues.GetText(keyValue.Value, text),
                TomlSpans.ToTextSpan(keyValue.Key),
                valueSpan,
                TomlValues.GetStyle(keyValue.Value));
        }
    }

    private static void ReadEnvKeyValue(TemplateToml template, TableSyntax config, List<EnvEntry> env)
    {
        var envLine = KeyValuesOf(config).FirstOrDefault(keyValue => TomlKeys.Is(keyValue.Key, "env"));
        switch (envLine?.Value)
        {
            case ArraySyntax array:
                template.EnvStyle = EnvStyle.Array;
                template.EnvKeyValue = envLine;
                env.AddRange(EnvEntryReader.ReadArray(array, template.Document.Text));
                break;
            case InlineTableSyntax inline:
                template.EnvStyle = EnvStyle.InlineTable;
                template.EnvKeyValue = envLine;
                env.AddRange(EnvEntryReader.ReadInlineTable(inline, template.Document.Text));
                break;
        }
    }

    private static TemplateDomain ReadDomain(TableArraySyntax element, TomlDocument document)
    {
        var fields = KeyValuesOf(element).ToList();
        return new TemplateDomain(
            FindString(fields, "serviceName"),
            (FindValue(fields, "port") as IntegerValueSyntax)?.Value,
            FindString(fields, "host"),
            document.Lines.GetPosition(TomlSpans.StartOf(element)));
    }

    private static TemplateMount ReadMount(TableArraySyntax element, TomlDocument document)
    {
        var fields = KeyValuesOf(element).ToList();
        return new TemplateMount(
            FindString(fields, "filePath"),
            FindString(fields, "content"),
            document.Lines.GetPosition(TomlSpans.StartOf(element)));
    }

    private static ValueSyntax? FindValue(List<KeyValueSyntax> fields, string name) =>
        fields.FirstOrDefault(field => TomlKeys.Is(field.Key, name))?.Value;

    private static string? FindString(List<KeyValueSyntax> fields, string name) =>
        (FindValue(fields, name) as StringValueSyntax)?.Value;
}
