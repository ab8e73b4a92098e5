using Hardener.Compose;
using Hardener.Diagnostics;
using Hardener.Engine;
using Hardener.Syntax.Yaml;
using Hardener.Text;

namespace Hardener.Passes.PinImages;

/// <summary>
/// Pins floating images (no tag, or <c>:latest</c>) to a tag from the pins file, the built-in catalog
/// or the other templates of the run, and reports the ones no source names a tag for.
/// </summary>
public sealed class PinImagesPass(ImageCatalog catalog) : IPass
{
    public const string Id = "pin-images";

    public PinImagesPass()
        : this(ImageCatalog.Default)
    {
    }

    public PassDescriptor Descriptor { get; } = new(
        Id,
        "Images have pinned tags",
        "Images",
        Severity.Warning,
        Fixable: true,
        "A floating tag (none, or `latest`) pulls whatever was pushed last, so a redeploy can bring an untested "
        + "version. Tags come from `--pins FILE`, then the built-in catalog, then the tag most templates of the run pin.");

    public void Run(PassContext context)
    {
        var sources = new PinSources(context.Options, catalog);
        var handled = new HashSet<TextSpan>();
        foreach (var service in context.Compose.Services)
        {
            // Several services may share one anchored image scalar: it is fixed once.
            if (service.Image is { } image && handled.Add(image.Span))
            {
                CheckImage(context, sources, service, image);
            }
        }
    }

    private static void CheckImage(PassContext context, PinSources sources, ComposeService service, YamlScalarSyntax image)
    {
        var offset = image.Span.Start;
        var isNull = image.Style == YamlScalarStyle.Plain && image.Value is "" or "~" or "null" or "Null" or "NULL";
        if (isNull || image.Value.Trim().Length == 0)
        {
            context.Report(TemplateFileKind.Compose, offset, $"service '{service.Name}': the image is empty, so Compose cannot pull anything; name an image with a pinned tag", fixable: false, isFixed: false);
            return;
        }

        var analysis = ImageValueAnalyzer.Analyze(image.Value);
        if (analysis is null)
        {
            context.Report(TemplateFileKind.Compose, offset, $"service '{service.Name}': the image value is not valid interpolation, so its tag cannot be checked", fixable: false, isFixed: false);
            return;
        }

        if (analysis.ImageVariable is { } variable)
        {
            context.Report(TemplateFileKind.Compose, offset, $"service '{service.Name}': the image comes from ${{{variable}}} with no default, so its tag cannot be checked; give it a pinned default (${{{variable}:-repository:tag}})", fixable: false, isFixed: false);
            return;
        }

        if (!analysis.IsValid)
        {
            context.Report(TemplateFileKind.Compose, offset, $"service '{service.Name}': image '{image.Value}' is not a valid image reference (Docker wants a lower-case repository and a tag of letters, digits, '_', '.' and '-')", fixable: false, isFixed: false);
            return;
        }

        if (!analysis.IsFloating)
        {
            return;
        }

        var floating = analysis.Tag is null ? "has no tag" : "uses the floating tag 'latest'";
        var repository = analysis.Repository;
        var suggestion = repository is null ? null : sources.Find(ImageReference.Parse(repository)!, context.Template.Name);
        if (suggestion is null)
        {
            var pinsAdvice = repository is null ? "" : $", or add \"{repository}\" = \"<tag>\" to a pins file and pass --pins FILE";
            context.Report(TemplateFileKind.Compose, offset,
                $"service '{service.Name}': image '{image.Value}' {floating} and no source names a tag for it; write a tag{pinsAdvice}",
                fixable: false, isFixed: false);
            return;
        }

        if (!TryBuildEdit(image, analysis, suggestion.Tag, out var edits))
        {
            context.Report(TemplateFileKind.Compose, offset,
                $"service '{service.Name}': image '{image.Value}' {floating}; pin it to '{suggestion.Tag}' (from {suggestion.Source}) by hand, because a block or multi-line scalar cannot be edited in place",
                fixable: false, isFixed: false);
            return;
        }

        foreach (var edit in edits)
        {
            context.AddEdit(TemplateFileKind.Compose, edit);
        }

        var dataWarning = IsDatabase(repository!)
            ? "; a volume that a newer version already wrote may not start on this tag, so check the version that runs now before deploying"
            : "";
        context.Report(TemplateFileKind.Compose, offset,
            $"service '{service.Name}': image '{image.Value}' {floating}; pinned to '{suggestion.Tag}' from {suggestion.Source}{dataWarning}",
            fixable: true, isFixed: true);
    }

    // Images whose data files a newer major version converts, so an older tag may refuse them.
    private static readonly HashSet<string> Databases = new(StringComparer.Ordinal)
    {
        "postgres", "mysql", "mariadb", "mongo", "redis", "valkey/valkey", "clickhouse/clickhouse-server", "elasticsearch",
        "pgvector/pgvector", "timescale/timescaledb", "couchdb", "influxdb", "neo4j", "rabbitmq",
    };

    private static bool IsDatabase(string repository) => Databases.Contains(repository);

    private static bool TryBuildEdit(YamlScalarSyntax image, ImageValueAnalysis analysis, string tag, out IReadOnlyList<TextEdit> edits)
    {
        var valueEdit = analysis.TagSpan is { } tagSpan
            ? new TextEdit(tagSpan, tag)
            : TextEdit.Insert(analysis.TagInsertOffset, ":" + tag);
        return YamlScalarEditor.TryEdit(image, [valueEdit], out edits);
    }
}
