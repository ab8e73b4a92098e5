using Hardener.Compose;
using Hardener.Diagnostics;
using Hardener.Engine;
using Hardener.Passes;
using Hardener.Passes.PinImages;
using Hardener.Tests.Support;
using Hardener.Text;

namespace Hardener.Tests.Passes;

public sealed class PinImagesTests
{
    private static readonly ImageCatalog EmptyCatalog = ImageCatalog.Parse("generated = 2026-01-01\n");

    [Theory]
    [InlineData("postgres", null, "postgres", null, null, "postgres")]
    [InlineData("postgres:16", null, "postgres", "16", null, "postgres")]
    [InlineData("library/postgres:16", null, "library/postgres", "16", null, "postgres")]
    [InlineData("docker.io/library/postgres", "docker.io", "library/postgres", null, null, "postgres")]
    [InlineData("index.docker.io/bitnami/redis:7", "index.docker.io", "bitnami/redis", "7", null, "bitnami/redis")]
    [InlineData("ghcr.io/org/app:2.1.0", "ghcr.io", "org/app", "2.1.0", null, "ghcr.io/org/app")]
    [InlineData("host:5000/app", "host:5000", "app", null, null, "host:5000/app")]
    [InlineData("host:5000/app:1.0", "host:5000", "app", "1.0", null, "host:5000/app")]
    [InlineData("localhost/app:1", "localhost", "app", "1", null, "localhost/app")]
    [InlineData("app@sha256:abc", null, "app", null, "sha256:abc", "app")]
    [InlineData("app:1.0@sha256:abc", null, "app", "1.0", "sha256:abc", "app")]
    [InlineData("user/app", null, "user/app", null, null, "user/app")]
    public void ImageReference_Parse_SplitsParts(string text, string? registry, string path, string? tag, string? digest, string repository)
    {
        var reference = ImageReference.Parse(text);

        Assert.NotNull(reference);
        Assert.Equal(registry, reference.Registry);
        Assert.Equal(path, reference.Path);
        Assert.Equal(tag, reference.Tag);
        Assert.Equal(digest, reference.Digest);
        Assert.Equal(repository, reference.Repository);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("app:")]
    [InlineData("app@")]
    [InlineData("a pp")]
    [InlineData(":1.0")]
    public void ImageReference_Malformed_ReturnsNull(string text)
    {
        Assert.Null(ImageReference.Parse(text));
    }

    [Theory]
    [InlineData("app", true)]
    [InlineData("app:latest", true)]
    [InlineData("app:1.2", false)]
    [InlineData("app@sha256:abc", false)]
    [InlineData("app:latest@sha256:abc", false)]
    public void ImageReference_IsFloating_FollowsTagAndDigest(string text, bool floating)
    {
        Assert.Equal(floating, ImageReference.Parse(text)!.IsFloating);
    }

    [Theory]
    [InlineData("app", "app", null, null, 3, true)]
    [InlineData("app:latest", "app", "latest", "latest", 10, true)]
    [InlineData("app:1.2", "app", "1.2", "1.2", 7, false)]
    [InlineData("${IMAGE:-app:latest}", "app", "latest", "latest", 19, true)]
    [InlineData("${IMAGE-app}", "app", null, null, 11, true)]
    [InlineData("app:${TAG:-latest}", "app", "latest", "latest", 17, true)]
    [InlineData("app:${TAG:-1.2}", "app", "1.2", "1.2", 14, false)]
    [InlineData("${REPO:-ghcr.io/x/app}:${TAG:-1.2}", "ghcr.io/x/app", "1.2", "1.2", 33, false)]
    [InlineData("${REPO:-ghcr.io/x/app}:latest", "ghcr.io/x/app", "latest", "latest", 29, true)]
    [InlineData("${REG:-docker.io}/library/app", "app", null, null, 29, true)]
    [InlineData("host:5000/app", "host:5000/app", null, null, 13, true)]
    [InlineData("host:5000/app:latest", "host:5000/app", "latest", "latest", 20, true)]
    [InlineData("app@sha256:abc", "app", null, null, 14, false)]
    public void ImageValueAnalyzer_Value_FindsTag(string value, string? repository, string? tag, string? tagText, int insertOffset, bool floating)
    {
        var analysis = ImageValueAnalyzer.Analyze(value);

        Assert.NotNull(analysis);
        Assert.Equal(repository, analysis.Repository);
        Assert.Equal(tag, analysis.Tag);
        Assert.Equal(tagText, analysis.TagSpan is { } span ? value[span.Start..span.End] : null);
        Assert.Equal(insertOffset, analysis.TagInsertOffset);
        Assert.Equal(floating, analysis.IsFloating);
        Assert.Null(analysis.ImageVariable);
    }

    [Theory]
    [InlineData("${IMAGE}", "IMAGE", null)]
    [InlineData("${IMAGE:?required}", "IMAGE", null)]
    [InlineData("$IMAGE", "IMAGE", null)]
    [InlineData("app:${TAG}", null, "TAG")]
    [InlineData("app:${TAG:?set it}", null, "TAG")]
    [InlineData("app:v${TAG}", null, "(interpolated tag)")]
    [InlineData("app:v${TAG:-latest}", null, "(interpolated tag)")]
    [InlineData("app:${TAG:-1}-alpine", null, "(interpolated tag)")]
    public void ImageValueAnalyzer_VariableWithoutDefault_IsNotFloating(string value, string? imageVariable, string? tagVariable)
    {
        var analysis = ImageValueAnalyzer.Analyze(value);

        Assert.NotNull(analysis);
        Assert.Equal(imageVariable, analysis.ImageVariable);
        Assert.Equal(tagVariable, analysis.TagVariable);
        Assert.False(analysis.IsFloating);
    }

    [Fact]
    public void ImageValueAnalyzer_QuotedValue_IsLeftToCaller()
    {
        // PinImagesPass hands over the YAML scalar's Value, which has no quotes, so quotes here count as part of the name.
        var analysis = ImageValueAnalyzer.Analyze("'app'");

        Assert.Equal("'app'", analysis!.Repository);
    }

    [Fact]
    public void ImageValueAnalyzer_BrokenInterpolation_ReturnsNull()
    {
        Assert.Null(ImageValueAnalyzer.Analyze("app:${TAG"));
    }

    [Theory]
    [InlineData("1.9", "1.10")]
    [InlineData("16", "16-alpine")]
    [InlineData("1.2.rc1", "1.2.3")]
    [InlineData("1.2", "1.2.1")]
    [InlineData("v1.2", "1.3")]
    [InlineData("alpine", "3")]
    [InlineData("2024.01.09", "2024.10.01")]
    public void TagVersionComparer_Pair_OrdersAsVersions(string lower, string higher)
    {
        Assert.True(TagVersionComparer.Instance.Compare(lower, higher) < 0, $"'{lower}' should sort before '{higher}'");
        Assert.True(TagVersionComparer.Instance.Compare(higher, lower) > 0, $"'{higher}' should sort after '{lower}'");
    }

    [Theory]
    [InlineData("1.2", "1.2")]
    [InlineData("v1.2", "1.2")]
    public void TagVersionComparer_SameVersion_IsEqual(string left, string right)
    {
        Assert.Equal(0, TagVersionComparer.Instance.Compare(left, right));
    }

    [Fact]
    public void BatchImageTags_MostPinned_ExcludesOwnTemplate()
    {
        var tags = new BatchImageTags();
        tags.Add("postgres", "15", "a");
        tags.Add("postgres", "15", "b");
        tags.Add("postgres", "16", "c");
        tags.Add("postgres", "16", "d");
        tags.Add("postgres", "16", "e");

        var forC = tags.FindMostPinned("postgres", "c");
        var forA = tags.FindMostPinned("postgres", "a");

        Assert.Equal("16", forC!.Value.Tag);
        Assert.Equal(["d", "e"], forC.Value.Templates);
        Assert.Equal("16", forA!.Value.Tag);
        Assert.Equal(["c", "d", "e"], forA.Value.Templates);
    }

    [Fact]
    public void BatchImageTags_Tie_GoesToHigherVersion()
    {
        var tags = new BatchImageTags();
        tags.Add("redis", "7.10", "a");
        tags.Add("redis", "7.9", "b");

        Assert.Equal("7.10", tags.FindMostPinned("redis", "c")!.Value.Tag);
    }

    [Fact]
    public void BatchImageTags_OnlyOwnPin_ReturnsNull()
    {
        var tags = new BatchImageTags();
        tags.Add("redis", "7", "a");

        Assert.Null(tags.FindMostPinned("redis", "a"));
        Assert.Null(tags.FindMostPinned("mysql", "a"));
    }

    [Fact]
    public void PinsFile_ValidLines_NormalizesRepositories()
    {
        var (pins, errors) = LoadPins("\"postgres\" = \"16\"\n'docker.io/library/redis' = \"7.2\"\nghcr = \"1.0\"\n");

        Assert.Empty(errors);
        Assert.Equal("16", pins["postgres"]);
        Assert.Equal("7.2", pins["redis"]);
        Assert.Equal("1.0", pins["ghcr"]);
    }

    [Theory]
    [InlineData("\"postgres\" = \"16\"\n\"redis\" = \n", 2)]
    [InlineData("[images]\n\"postgres\" = \"16\"\n", 1)]
    [InlineData("\"postgres\" = \"16\"\n\"redis\" = 7\n", 2)]
    [InlineData("\"postgres:16\" = \"16\"\n", 1)]
    [InlineData("\"postgres\" = \"latest\"\n", 1)]
    [InlineData("\"postgres\" = \"alpine\"\n", 1)]
    [InlineData("\"postgres\" = \"16 alpine\"\n", 1)]
    [InlineData("\n\"app@sha256:abc\" = \"1\"\n", 2)]
    public void PinsFile_InvalidContent_ReportsLine(string text, int line)
    {
        var (_, errors) = LoadPins(text);

        var error = Assert.Single(errors);
        Assert.Equal(PinsFile.ErrorId, error.RuleId);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(line, error.Position.Line);
    }

    [Fact]
    public void PinsFile_BadToml_ReportsColumn()
    {
        var (pins, errors) = LoadPins("\"postgres\" = \"16\"\n\"redis\" = 'x\n");

        Assert.Empty(pins);
        Assert.NotEmpty(errors);
        Assert.Equal(new LinePosition(2, 13), errors[0].Position);
        Assert.All(errors, error => Assert.Equal(PinsFile.ErrorId, error.RuleId));
    }

    [Fact]
    public void PinsFile_Missing_ReportsReadError()
    {
        var errors = new List<Finding>();

        PinsFile.Load(Path.Combine(Path.GetTempPath(), $"hardener-no-such-{Guid.NewGuid():N}.toml"), errors);

        Assert.Contains("cannot read the pins file", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    image: app\n", "    image: app:1.0\n")]
    [InlineData("    image: 'app'\n", "    image: 'app:1.0'\n")]
    [InlineData("    image: \"app:latest\" # floating\n", "    image: \"app:1.0\" # floating\n")]
    [InlineData("    image: ${IMAGE:-app}\n", "    image: ${IMAGE:-app:1.0}\n")]
    [InlineData("    image: app:${TAG:-latest}\n", "    image: app:${TAG:-1.0}\n")]
    [InlineData("    image: docker.io/library/app\n", "    image: docker.io/library/app:1.0\n")]
    [InlineData("    image: app@sha256:abc\n", "    image: app@sha256:abc\n")]
    public void Pass_ImageStyle_KeepsQuotingAndLayout(string imageLine, string expectedLine)
    {
        var compose = "# top\nservices:\n  web:\n" + imageLine + "    restart: always\n";

        var result = ProcessWithPins(compose, new() { ["app"] = "1.0" });

        Assert.Equal("# top\nservices:\n  web:\n" + expectedLine + "    restart: always\n", result.UpdatedCompose!.Text);
    }

    [Fact]
    public void Pass_FlowMappingImage_StaysPlain()
    {
        const string compose = "services:\n  web: {image: app, restart: always}\n";

        var result = ProcessWithPins(compose, new() { ["app"] = "1.0" });

        // NOTE: YamlDotNet reads a plain app:1.0 in a flow mapping back as one string, but older YAML 1.1
        // readers may end a plain scalar at ':' in flow context, and none of them is tested here.
        Assert.Equal("services:\n  web: {image: app:1.0, restart: always}\n", result.UpdatedCompose!.Text);
    }

    [Fact]
    public void Pass_AnchoredImage_IsEditedOnce()
    {
        const string compose = """
            x-app: &app
              image: app
            services:
              one:
                <<: *app
              two:
                <<: *app

            """;

        var result = ProcessWithPins(compose, new() { ["app"] = "1.0" });

        Assert.Equal(compose.Replace("image: app", "image: app:1.0", StringComparison.Ordinal), result.UpdatedCompose!.Text);
        var finding = Assert.Single(result.Findings);
        Assert.True(finding.Fixed);
        Assert.Equal(new LinePosition(2, 10), finding.Position);
    }

    [Fact]
    public void Pass_CrLfWithBom_KeepsLineEndings()
    {
        const string compose = "services:\r\n  web:\r\n    image: app\r\n";

        var result = ProcessWithPins(compose, new() { ["app"] = "1.0" }, byteOrderMark: true);

        Assert.Equal("services:\r\n  web:\r\n    image: app:1.0\r\n", result.UpdatedCompose!.Text);
        Assert.True(result.UpdatedCompose.HasByteOrderMark);
    }

    [Fact]
    public void Pass_NoSource_ReportsUnfixableWithoutEdit()
    {
        const string compose = "services:\n  web:\n    image: unknown-image-x\n";

        var result = ProcessWithPins(compose, []);

        Assert.Equal(compose, result.UpdatedCompose!.Text);
        Assert.False(result.HasChanges);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(PinImagesPass.Id, finding.RuleId);
        Assert.False(finding.Fixable);
        Assert.False(finding.Fixed);
        Assert.Equal(new LinePosition(3, 12), finding.Position);
        Assert.Contains("--pins", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pass_ImageVariableWithoutDefault_ReportsWithoutEdit()
    {
        const string compose = "services:\n  web:\n    image: ${IMAGE}\n";

        var result = ProcessWithPins(compose, new() { ["app"] = "1.0" });

        Assert.False(result.HasChanges);
        Assert.Contains("${IMAGE:-repository:tag}", Assert.Single(result.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pass_EscapedDoubleQuotedImage_IsWrittenAgain()
    {
        const string compose = "services:\n  web:\n    image: \"\\x61pp\"\n";

        var result = ProcessWithPins(compose, new() { ["app"] = "1.0" });

        // The escape cannot be kept in place, so the scalar is written again in its own quote style.
        Assert.Equal("services:\n  web:\n    image: \"app:1.0\"\n", result.UpdatedCompose!.Text);
        Assert.True(Assert.Single(result.Findings).Fixed);
    }

    [Theory]
    [InlineData("Org/App:1")]
    [InlineData("GHCR.io/Org/App")]
    public void ImageReference_UppercasePath_IsInvalid(string text)
    {
        Assert.Null(ImageReference.Parse(text));
    }

    [Fact]
    public void Pass_BatchTags_PinFromOtherTemplates()
    {
        var tags = new BatchImageTags();
        tags.Add("redis", "7.2", "other");

        var result = Process("services:\n  cache:\n    image: redis\n", new PassOptions { BatchTags = tags });

        Assert.Equal("services:\n  cache:\n    image: redis:7.2\n", result.UpdatedCompose!.Text);
        Assert.Contains("this run (pinned by other)", Assert.Single(result.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_PinsFile_PinsImage()
    {
        using var temporary = new TemporaryFolder();
        var template = Path.Combine(temporary.Path, "web");
        Directory.CreateDirectory(template);
        File.WriteAllText(Path.Combine(template, "docker-compose.yml"), "services:\n  web:\n    image: 'ghcr.io/org/tool'\n");
        File.WriteAllText(Path.Combine(temporary.Path, "pins.toml"), "\"ghcr.io/org/tool\" = \"3.1\"\n");

        var run = CliRun.Invoke(temporary.Path, "--write", "--pins", "pins.toml", "web");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("services:\n  web:\n    image: 'ghcr.io/org/tool:3.1'\n", File.ReadAllText(Path.Combine(template, "docker-compose.yml")));
        Assert.Contains("from the pins file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_InvalidPinsFile_ExitsWithError()
    {
        using var temporary = new TemporaryFolder();
        var template = Path.Combine(temporary.Path, "web");
        Directory.CreateDirectory(template);
        File.WriteAllText(Path.Combine(template, "docker-compose.yml"), "services:\n  web:\n    image: app\n");
        File.WriteAllText(Path.Combine(temporary.Path, "pins.toml"), "[images]\n");

        var run = CliRun.Invoke(temporary.Path, "--pins", "pins.toml", "web");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pins.toml(1,1): error pins-file:", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    private static (IReadOnlyDictionary<string, string> Pins, List<Finding> Errors) LoadPins(string text)
    {
        using var temporary = new TemporaryFolder();
        var path = Path.Combine(temporary.Path, "pins.toml");
        File.WriteAllText(path, text);
        var errors = new List<Finding>();
        var pins = PinsFile.Load(path, errors);
        return (pins, errors);
    }

    private static TemplateResult ProcessWithPins(string compose, Dictionary<string, string> pins, bool byteOrderMark = false) =>
        Process(compose, new PassOptions { Pins = pins }, byteOrderMark);

    private static TemplateResult Process(string compose, PassOptions options, bool byteOrderMark = false)
    {
        using var temporary = new TemporaryFolder();
        var folder = Path.Combine(temporary.Path, "template");
        Directory.CreateDirectory(folder);
        var body = System.Text.Encoding.UTF8.GetBytes(compose);
        File.WriteAllBytes(Path.Combine(folder, "docker-compose.yml"), byteOrderMark ? [0xEF, 0xBB, 0xBF, .. body] : body);

        var processor = new TemplateProcessor([new PinImagesPass(EmptyCatalog)], options);
        return processor.Process(TemplateFolder.TryOpen(folder)!);
    }
}
