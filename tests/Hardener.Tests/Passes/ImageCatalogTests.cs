using Hardener.Compose;
using Hardener.Engine;
using Hardener.Passes;
using Hardener.Passes.PinImages;
using Hardener.Syntax.Yaml;
using Hardener.Tests.Support;

namespace Hardener.Tests.Passes;

/// <summary>
/// The built-in catalog must rest on evidence: every tag it gives is pinned by the templates it names.
/// With HARDENER_REGENERATE_CATALOG=1 the test rewrites the catalog from the corpus instead.
/// </summary>
public sealed class ImageCatalogTests
{
    private static string CatalogPath => Path.Combine(RepositoryPaths.Root, "src", "Hardener", "Passes", "PinImages", "image-catalog.toml");

    [Fact]
    public void CatalogEntriesArePinnedByTheirEvidence()
    {
        var templates = RepositoryPaths.CorpusTemplatesOrSkip();
        var tags = CollectCorpusTags(templates);
        if (Environment.GetEnvironmentVariable("HARDENER_REGENERATE_CATALOG") == "1")
        {
            var text = ImageCatalogWriter.Write(tags, DateOnly.FromDateTime(DateTime.UtcNow), $"{templates.Count} templates of the public Dokploy templates repository (blueprints/, commit 285e667c, July 2026)");
            File.WriteAllText(CatalogPath, text);
        }

        var catalog = ImageCatalog.Default;
        Assert.NotEmpty(catalog.Entries);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}", catalog.Generated);
        foreach (var (repository, entry) in catalog.Entries)
        {
            Assert.True(PinnedTagCollector.IsVersionTag(entry.Tag), $"{repository}: '{entry.Tag}' is not a version tag");
            Assert.NotEmpty(entry.PinnedBy);
            var expected = tags.FindMostPinned(repository, excludedTemplate: "");
            Assert.NotNull(expected);
            Assert.Equal(expected.Value.Tag, entry.Tag);
            Assert.Equal(expected.Value.Templates, entry.PinnedBy);
        }
    }

    private static BatchImageTags CollectCorpusTags(IReadOnlyList<string> templates)
    {
        var tags = new BatchImageTags();
        foreach (var folder in templates)
        {
            var template = TemplateFolder.TryOpen(folder)!;
            var parse = YamlSyntaxParser.Parse(SourceFile.Read(template.ComposePath).Text, template.ComposePath);
            if (parse.IsEditable)
            {
                PinnedTagCollector.Collect(ComposeFile.From(parse.Document!), template.Name, tags);
            }
        }

        return tags;
    }
}
