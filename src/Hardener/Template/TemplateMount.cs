using Hardener.Text;

namespace Hardener.Template;

/// <summary>One <c>[[config.mounts]]</c> element, a file Dokploy writes next to the compose file. A missing field is null.</summary>
public sealed record TemplateMount(string? FilePath, string? Content, LinePosition Position);
