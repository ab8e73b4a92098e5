using Hardener.Tests.Support;

namespace Hardener.Tests.Secrets;

/// <summary>
/// A secret written with quote escapes or folded over lines looks different in the file than its value,
/// and diffs show the file; both forms must be masked, whichever passes run.
/// </summary>
public sealed class WrittenFormMaskingTests
{
    private const string Compose = """
        services:
          db:
            image: postgres:latest
            environment:
              SINGLE_PASSWORD: 'Quoted''Plant"Pw1'
              DOUBLE_PASSWORD: "Back\\slash\"Plant2"
              FOLDED_PASSWORD: FoldedPlant
                SecondLine3
            command: |
              sh -c "mysql -uroot -pBlockPlant444 -e 'select 1'"
        """;

    private static readonly string[] WrittenForms = ["Quoted''Plant", "Back\\\\slash", "FoldedPlant", "SecondLine3"];

    [Theory]
    [InlineData("--only", "secrets")]
    [InlineData("--only", "pin-images")]
    public void EscapedAndFoldedSecretsAreMasked(string option, string pass)
    {
        using var temporary = new TemporaryFolder();
        var folder = Path.Combine(temporary.Path, "app");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "docker-compose.yml"), Compose);
        File.WriteAllText(Path.Combine(folder, "template.toml"), "[variables]\n");

        var run = CliRun.Invoke(temporary.Path, "--dry-run", option, pass, "app");

        Assert.NotEqual("", run.Output);
        foreach (var written in WrittenForms)
        {
            Assert.DoesNotContain(written, run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(written, run.Error, StringComparison.Ordinal);
        }

        // The block scalar's header is no secret, so it stays readable.
        Assert.DoesNotContain("command: ****", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortSecretIsMaskedOnlyWhereWritten()
    {
        using var temporary = new TemporaryFolder();
        var folder = Path.Combine(temporary.Path, "app");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "docker-compose.yml"), "services:\n  db:\n    image: postgres:latest\n    environment:\n      POSTGRES_PASSWORD: us\n");
        File.WriteAllText(Path.Combine(folder, "template.toml"), "[variables]\n");

        var run = CliRun.Invoke(temporary.Path, "--dry-run", "--only", "pin-images", "app");

        // Masking every "us" would turn "uses" into "****(2)es", which gives the secret away.
        Assert.Contains("POSTGRES_PASSWORD: ****(2)", run.Output, StringComparison.Ordinal);
        Assert.Contains("uses the floating tag", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("****(2)es", run.Error + run.Output, StringComparison.Ordinal);
    }
}
