using System.Text;

namespace Hardener.Passes.PinImages;

/// <summary>Writes the built-in catalog's TOML from the tags a set of templates pin.</summary>
public static class ImageCatalogWriter
{
    public static string Write(BatchImageTags tags, DateOnly generated, string source)
    {
        var builder = new StringBuilder();
        builder.Append("# Tags that Hardener pins floating images to when no pins file names one.\n");
        builder.Append("# Each tag is the one pinned by the most templates of the source below (ties: the higher\n");
        builder.Append("# version); pinned_by lists those templates. Tags without a digit are not counted.\n");
        builder.Append("# Regenerate it with HARDENER_REGENERATE_CATALOG=1 dotnet test --filter ImageCatalogTests.\n");
        builder.Append($"generated = {generated:yyyy-MM-dd}\n");
        builder.Append($"source = {TomlString(source)}\n");
        foreach (var repository in tags.Repositories.Order(StringComparer.Ordinal))
        {
            if (tags.FindMostPinned(repository, excludedTemplate: "") is not { } pin)
            {
                continue;
            }

            builder.Append($"\n[images.{TomlString(repository)}]\n");
            builder.Append($"tag = {TomlString(pin.Tag)}\n");
            builder.Append($"pinned_by = [{string.Join(", ", pin.Templates.Select(TomlString))}]\n");
        }

        return builder.ToString();
    }

    private static string TomlString(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
