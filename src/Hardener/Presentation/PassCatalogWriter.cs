using System.Text;
using Hardener.Passes;

namespace Hardener.Presentation;

/// <summary>Describes the passes from their descriptors, for <c>harden --list-passes</c> and the docs page built from it.</summary>
public static class PassCatalogWriter
{
    public static string WriteMarkdown(IReadOnlyList<IPass> passes)
    {
        var builder = new StringBuilder();
        builder.Append("# Passes\n\n");
        builder.Append("The passes run in this order; each one sees the output of the ones before it.\n");
        builder.Append("This page is written by `harden --list-passes` from each pass's own description.\n");
        foreach (var descriptor in passes.Select(pass => pass.Descriptor))
        {
            builder.Append($"\n## `{descriptor.Id}`: {descriptor.Title}\n\n");
            builder.Append($"- Category: {descriptor.Category}\n");
            builder.Append($"- Severity of its findings: {descriptor.DefaultSeverity.ToString().ToLowerInvariant()}\n");
            builder.Append($"- Fixes what it finds: {(descriptor.Fixable ? "yes" : "no")}\n\n");
            builder.Append(descriptor.Help).Append('\n');
        }

        return builder.ToString();
    }
}
