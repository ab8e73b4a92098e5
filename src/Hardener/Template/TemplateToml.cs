using Hardener.Syntax.Toml;
using Tomlyn.Syntax;

namespace Hardener.Template;

/// <summary>
/// The parts of a Dokploy <c>template.toml</c> that Hardener reads and edits: <c>[variables]</c>,
/// the environment of <c>[config]</c>, <c>[[config.domains]]</c> and <c>[[config.mounts]]</c>.
/// </summary>
public sealed class TemplateToml
{
    internal TemplateToml(TomlDocument document)
    {
        Document = document;
    }

    /// <summary>The parsed file that every span refers to.</summary>
    public TomlDocument Document { get; }

    /// <summary>Entries of <c>[variables]</c> in file order. Dotted keys are skipped.</summary>
    public IReadOnlyList<TemplateVariable> Variables { get; internal set; } = [];

    /// <summary>The form of <c>config.env</c>.</summary>
    public EnvStyle EnvStyle { get; internal set; }

    /// <summary>Entries of <c>config.env</c> in file order.</summary>
    public IReadOnlyList<EnvEntry> Env { get; internal set; } = [];

    /// <summary>Elements of <c>[[config.domains]]</c> in file order.</summary>
    public IReadOnlyList<TemplateDomain> Domains { get; internal set; } = [];

    /// <summary>Elements of <c>[[config.mounts]]</c> in file order.</summary>
    public IReadOnlyList<TemplateMount> Mounts { get; internal set; } = [];

    /// <summary>Names of all variables and environment keys, so callers can pick a new name that does not collide.</summary>
    public IReadOnlySet<string> DefinedNames { get; internal set; } = new HashSet<string>();

    /// <summary>True when the file did not parse cleanly, so it must not be edited.</summary>
    public bool HasErrors => Document.HasErrors;

    internal TableSyntax? VariablesTable { get; set; }

    /// <summary>A root <c>variables = { ... }</c> inline table, used by a few templates instead of <c>[variables]</c>.</summary>
    internal InlineTableSyntax? VariablesInlineTable { get; set; }

    internal TableSyntax? ConfigTable { get; set; }

    /// <summary>The <c>[config.env]</c> table of <see cref="EnvStyle.Table"/>.</summary>
    internal TableSyntax? EnvTable { get; set; }

    /// <summary>The <c>env = ...</c> line in <c>[config]</c> of <see cref="EnvStyle.Array"/> and <see cref="EnvStyle.InlineTable"/>.</summary>
    internal KeyValueSyntax? EnvKeyValue { get; set; }

    /// <summary>The last <c>[[config.env]]</c> element of <see cref="EnvStyle.ArrayOfTables"/>.</summary>
    internal TableArraySyntax? LastEnvElement { get; set; }

    internal TableSyntaxBase? FirstTable { get; set; }

    /// <summary>The first table whose name starts with <c>config</c>.</summary>
    internal TableSyntaxBase? FirstConfigTable { get; set; }

    /// <summary>Reads the template parts of a parsed file. A file with errors is read as far as Tomlyn parsed it.</summary>
    public static TemplateToml Read(TomlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return TemplateTomlReader.Read(document);
    }

    /// <summary>Parses TOML text and reads its template parts.</summary>
    public static TemplateToml Parse(string text, string filePath) => Read(TomlDocument.Parse(text, filePath));
}
