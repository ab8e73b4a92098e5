using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Hardener.Tests.Support;

namespace Hardener.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private const string FloatingCompose = "# web\nservices:\n  web:\n    image: app   # floating\n";
    private const string PinnedCompose = "# web\nservices:\n  web:\n    image: app:1.0   # floating\n";

    private readonly TemporaryFolder _temporary = new();

    public CliTests()
    {
        File.WriteAllText(Path.Combine(_temporary.Path, "pins.toml"), "\"app\" = \"1.0\"\n");
    }

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void DryRun_FloatingImage_WritesNothing()
    {
        var compose = AddTemplate("web", FloatingCompose);

        var run = Harden("--pins", "pins.toml", "web");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("+    image: app:1.0   # floating", run.Output, StringComparison.Ordinal);
        Assert.Equal(FloatingCompose, File.ReadAllText(compose));
    }

    [Fact]
    public void Check_PendingChange_ExitsOne()
    {
        AddTemplate("web", FloatingCompose);

        var run = Harden("--check", "--pins", "pins.toml", "web");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("would change", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NothingToChange_ExitsZero()
    {
        AddTemplate("web", PinnedCompose);

        var run = Harden("--check", "--pins", "pins.toml", "web");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("--only", "no-such-pass")]
    [InlineData("--skip", "pin-images,no-such-pass")]
    [InlineData("--write", "--check")]
    [InlineData("--dry-run", "--write")]
    [InlineData("--format", "xml")]
    public void UsageError_ExitsTwoWithMessage(params string[] args)
    {
        AddTemplate("web", FloatingCompose);

        var run = Harden([.. args, "web"]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("harden: error: ", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void UnknownOption_ExitsTwo()
    {
        AddTemplate("web", FloatingCompose);

        var run = Harden("--no-such-option", "web");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown option '--no-such-option'", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void MissingPath_ExitsTwo()
    {
        var run = Harden("no-such-folder");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-folder: error path: path not found", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenTemplate_OtherTemplateStillProcessed()
    {
        AddTemplate("a-broken", "services:\n  web: [app\n  db: x\n");
        AddTemplate("b-good", FloatingCompose);

        var run = Harden("--pins", "pins.toml", ".");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("+++ b/b-good/docker-compose.yml", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("a-broken", run.Output, StringComparison.Ordinal);
        Assert.Contains("a-broken/docker-compose.yml(", run.Error, StringComparison.Ordinal);
        Assert.Contains("error yaml-syntax", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 not processed", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_BrokenTemplateToml_StillExitsZero()
    {
        AddTemplate("web", FloatingCompose, toml: "[variables]\nbroken = \n");

        var run = Harden("--write", "--pins", "pins.toml", "web");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("toml-syntax", run.Error, StringComparison.Ordinal);
        Assert.Equal(PinnedCompose, File.ReadAllText(Path.Combine(_temporary.Path, "web", "docker-compose.yml")));
    }

    [Fact]
    public void JsonFormat_HasTemplatesAndFindings()
    {
        AddTemplate("web", FloatingCompose, toml: "[variables]\n");

        var run = Harden("--format", "json", "--pins", "pins.toml", "web");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var template = Assert.Single(json.RootElement.GetProperty("templates").EnumerateArray());
        Assert.Equal("web", template.GetProperty("path").GetString());
        Assert.Equal(["web/docker-compose.yml"], template.GetProperty("filesChanged").EnumerateArray().Select(file => file.GetString()));
        var finding = Assert.Single(template.GetProperty("findings").EnumerateArray());
        Assert.Equal("pin-images", finding.GetProperty("rule").GetString());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal("web/docker-compose.yml", finding.GetProperty("file").GetString());
        Assert.Equal(4, finding.GetProperty("line").GetInt32());
        Assert.Equal(12, finding.GetProperty("column").GetInt32());
        Assert.Contains("pinned to '1.0'", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(finding.GetProperty("fixed").GetBoolean());
        Assert.Empty(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.DoesNotContain("pin-images", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--only", "pin-images", true)]
    [InlineData("--skip", "pin-images", false)]
    [InlineData("--only", " pin-images , ", true)]
    public void OnlyAndSkip_SelectPasses(string option, string ids, bool expectChange)
    {
        AddTemplate("web", FloatingCompose);

        var run = Harden(option, ids, "--check", "--pins", "pins.toml", "web");

        Assert.Equal(expectChange ? 1 : 0, run.ExitCode);
        Assert.Equal(expectChange, run.Error.Contains("pin-images", StringComparison.Ordinal));
    }

    [Fact]
    public void PlainOutput_HasNoAnsiEscapes()
    {
        AddTemplate("web", FloatingCompose);

        var run = Harden("--pins", "pins.toml", "web");

        Assert.NotEqual("", run.Output);
        Assert.DoesNotContain('\u001b', run.Output);
        Assert.DoesNotContain('\u001b', run.Error);
    }

    [Fact]
    public async Task NoColorProcess_HasNoAnsiEscapes()
    {
        AddTemplate("web", FloatingCompose);
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "harden.exe" : "harden"))
        {
            WorkingDirectory = _temporary.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("--pins");
        start.ArgumentList.Add("pins.toml");
        start.ArgumentList.Add("web");
        start.Environment["NO_COLOR"] = "1";

        using var process = Process.Start(start)!;
        var cancellation = TestContext.Current.CancellationToken;
        var errorTask = process.StandardError.ReadToEndAsync(cancellation);
        var output = await process.StandardOutput.ReadToEndAsync(cancellation);
        var error = await errorTask;
        await process.WaitForExitAsync(cancellation);

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("+    image: app:1.0", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u001b', error);
    }

    [Fact]
    public void Write_KeepsModeBomAndCrLf()
    {
        var crlf = "\uFEFF" + FloatingCompose.Replace("\n", "\r\n", StringComparison.Ordinal).TrimEnd('\n', '\r');
        var compose = AddTemplate("web", crlf);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(compose, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        var run = Harden("--write", "--pins", "pins.toml", "web");

        Assert.Equal(0, run.ExitCode);
        var expected = Encoding.UTF8.GetBytes(crlf.Replace("image: app ", "image: app:1.0 ", StringComparison.Ordinal));
        Assert.Equal(expected, File.ReadAllBytes(compose));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(compose));
        }

        Assert.Equal(["docker-compose.yml"], Directory.GetFiles(Path.GetDirectoryName(compose)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_SymlinkedCompose_IsRejected()
    {
        var outside = Path.Combine(_temporary.Path, "outside.yml");
        File.WriteAllText(outside, FloatingCompose);
        var folder = Path.Combine(_temporary.Path, "web");
        Directory.CreateDirectory(folder);
        File.CreateSymbolicLink(Path.Combine(folder, "docker-compose.yml"), outside);

        var run = Harden("--write", "--pins", "pins.toml", "web");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error write: nothing was written", run.Error, StringComparison.Ordinal);
        Assert.Contains("symbolic link", run.Error, StringComparison.Ordinal);
        Assert.Equal(FloatingCompose, File.ReadAllText(outside));
        Assert.NotNull(new FileInfo(Path.Combine(folder, "docker-compose.yml")).LinkTarget);
        Assert.Equal(["docker-compose.yml"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_SymlinkedToml_LeavesComposeUntouched()
    {
        // The pin-images pass edits only the compose file, so a linked template.toml must not stop it.
        var outside = Path.Combine(_temporary.Path, "outside.toml");
        File.WriteAllText(outside, "[variables]\n");
        var compose = AddTemplate("web", FloatingCompose);
        File.CreateSymbolicLink(Path.Combine(_temporary.Path, "web", "template.toml"), outside);

        var run = Harden("--write", "--pins", "pins.toml", "web");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(PinnedCompose, File.ReadAllText(compose));
        Assert.Equal("[variables]\n", File.ReadAllText(outside));
    }

    [Fact]
    public void Write_ThenCheck_FindsNothing()
    {
        AddTemplate("one", FloatingCompose);
        AddTemplate("two", PinnedCompose);

        var write = Harden("--write", "--pins", "pins.toml", ".");
        var check = Harden("--check", "--pins", "pins.toml", ".");

        Assert.Equal(0, write.ExitCode);
        Assert.Equal(0, check.ExitCode);
        Assert.Equal("", check.Output);
        Assert.Empty(Directory.EnumerateFiles(_temporary.Path, "*.tmp", SearchOption.AllDirectories));
    }

    private CliRun Harden(params string[] args) => CliRun.Invoke(_temporary.Path, args);

    private string AddTemplate(string name, string compose, string? toml = null)
    {
        var folder = Path.Combine(_temporary.Path, name);
        Directory.CreateDirectory(folder);
        var composePath = Path.Combine(folder, "docker-compose.yml");
        File.WriteAllBytes(composePath, Encoding.UTF8.GetBytes(compose));
        if (toml is not null)
        {
            File.WriteAllText(Path.Combine(folder, "template.toml"), toml);
        }

        return composePath;
    }
}
