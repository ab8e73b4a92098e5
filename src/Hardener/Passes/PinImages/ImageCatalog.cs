using System.Reflection;
using Tomlyn;
using Tomlyn.Model;

namespace Hardener.Passes.PinImages;

/// <summary>
/// The built-in catalog of tags for floating images, shipped as a TOML data file. Every entry names
/// the templates that pin that tag, which is the only evidence a tag is admitted on.
/// </summary>
public sealed class ImageCatalog
{
    private const string ResourceName = "Hardener.image-catalog.toml";

    private static readonly Lazy<ImageCatalog> BuiltIn = new(LoadBuiltIn);

    private readonly Dictionary<string, CatalogEntry> _entries;

    private ImageCatalog(string generated, Dictionary<string, CatalogEntry> entries)
    {
        Generated = generated;
        _entries = entries;
    }

    public static ImageCatalog Default => BuiltIn.Value;

    /// <summary>The date the catalog was generated.</summary>
    public string Generated { get; }

    public IReadOnlyDictionary<string, CatalogEntry> Entries => _entries;

    public CatalogEntry? Find(string repository) => _entries.GetValueOrDefault(repository);

    /// <exception cref="InvalidDataException">The text is not a catalog.</exception>
    public static ImageCatalog Parse(string text)
    {
        TomlTable table;
        try
        {
            table = TomlSerializer.Deserialize<TomlTable>(text)!;
        }
        catch (TomlException exception)
        {
            throw new InvalidDataException($"The image catalog is not valid TOML: {exception.Message}", exception);
        }

        var generated = table.TryGetValue("generated", out var date) ? Convert.ToString(date, System.Globalization.CultureInfo.InvariantCulture) ?? "" : "";
        var entries = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        if (table.TryGetValue("images", out var images) && images is TomlTable imageTable)
        {
            foreach (var (repository, value) in imageTable)
            {
                if (value is TomlTable entry && entry.TryGetValue("tag", out var tag) && tag is string tagText)
                {
                    var pinnedBy = entry.TryGetValue("pinned_by", out var list) && list is TomlArray array
                        ? array.OfType<string>().ToList()
                        : [];
                    entries[repository] = new CatalogEntry(tagText, pinnedBy);
                }
            }
        }

        return new ImageCatalog(generated, entries);
    }

    private static ImageCatalog LoadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
