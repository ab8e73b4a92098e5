namespace Hardener.Template;

/// <summary>The form in which a template writes the environment of <c>[config]</c>.</summary>
public enum EnvStyle
{
    /// <summary>The template defines no <c>config.env</c>.</summary>
    None,

    /// <summary>A <c>[config.env]</c> table with one <c>KEY = "value"</c> line per variable.</summary>
    Table,

    /// <summary>An <c>env = ["KEY=value", ...]</c> array inside <c>[config]</c>.</summary>
    Array,

    /// <summary>An <c>env = { KEY = "value" }</c> inline table inside <c>[config]</c>, most often the empty <c>env = {}</c>.</summary>
    InlineTable,

    /// <summary>One <c>[[config.env]]</c> table per variable.</summary>
    ArrayOfTables,
}
