using Hardener.Text;

namespace Hardener.Template;

/// <summary>One <c>[[config.domains]]</c> element. A missing or mistyped field is null.</summary>
public sealed record TemplateDomain(string? ServiceName, long? Port, string? Host, LinePosition Position);
