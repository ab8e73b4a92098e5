namespace Hardener.Template;

/// <summary>How one environment entry is written.</summary>
public enum EnvEntryForm
{
    /// <summary>A key/value pair: <c>KEY = "value"</c>, in a table or an inline table.</summary>
    KeyValue,

    /// <summary>An array element holding both parts in one string: <c>"KEY=value"</c>.</summary>
    AssignmentString,
}
