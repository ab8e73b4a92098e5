using System.Text.Json;
using Hardener.Engine;
using Hardener.Passes;
using Hardener.Tests.Support;

namespace Hardener.Tests.Secrets;

/// <summary>
/// Runs every output mode over the fixtures that hold secrets and checks that no secret literal of the
/// inputs appears in what the CLI prints: diffs on stdout, findings on stderr, JSON, and --write and --check.
/// </summary>
public sealed class SecretLeakTests
{
    /// <summary>The literal secrets written into the fixtures, listed by hand so a secret the pass misses still counts.</summary>
    private static readonly Dictionary<string, string[]> FixtureSecrets = new()
    {
        ["blog-mysql"] = ["s3cret-blog-pass", "s3cret-root-pass"],
        ["postgres-app-url"] = ["Qx7vLm2pR9tZ4wKs"],
        ["redis-requirepass"] = ["Hn4cT8wQz2LpX6vR"],
        ["toml-secrets-table"] = ["Wk9pZr3mT6yBv2Nd", "f3a9c1d7e5b2a8c4f6d0e9b3a7c5d1f8"],
        ["toml-secrets-array"] = ["Tr4ckPw8zLq2Vn5X", "Zm9vYmFyYmF6cXV4cXV1eHh5enp5MTIzNDU2Nzg5MA=="],
        ["outside-credentials"] = ["mail-pass-4821", "AKIAEXAMPLE7QW3RT5Y", "wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY42", "oc-9f8e7d6c5b4a3210", "sk-proj-4hT9kLm2Qw8zXc5vBn7R"],
        ["secret-shapes"] =
        [
            "f77bd2b7bdb86f738f79cd14e14b109f1b9efef48aeecb86a4017451b48cddd9", "jJ5qtNO5CZgOaqc1vPCYrF0bw4kWCVMTsj3rWerVPj4=",
            "3f2b8c1e-9d4a-4e7b-a6c5-1f0e2d3c4b5a", "jwt-Vq8Lr2Zt6Nx4Pw9K", "pa55$word", "wh$$Kp3Rt7Zx9Lm2", "wh$Kp3Rt7Zx9Lm2",
        ],
        ["no-template-toml"] = ["Nt7mQ2xR8vLp4Kz9"],
    };

    public static TheoryData<string> Fixtures => new(FixtureSecrets.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void DryRunHidesSecrets(string fixture)
    {
        var run = CliRun.Invoke(RepositoryPaths.Fixtures, "--dry-run", fixture);

        AssertNoSecret(fixture, "stdout of --dry-run", run.Output);
        AssertNoSecret(fixture, "stderr of --dry-run", run.Error);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void JsonHidesSecrets(string fixture)
    {
        var run = CliRun.Invoke(RepositoryPaths.Fixtures, "--format", "json", fixture);

        AssertNoSecret(fixture, "JSON text", run.Output);
        AssertNoSecret(fixture, "stderr of --format json", run.Error);

        // The JSON encoder escapes characters such as '+' and quotes, so the decoded strings are checked too.
        using var document = JsonDocument.Parse(run.Output);
        AssertNoSecret(fixture, "JSON strings", string.Join("\n", Strings(document.RootElement)));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void WriteAndCheckHideSecrets(string fixture)
    {
        using var temporary = new TemporaryFolder();
        var copy = temporary.CopyFrom(Path.Combine(RepositoryPaths.Fixtures, fixture));

        var write = CliRun.Invoke(temporary.Path, "--write", copy);
        var check = CliRun.Invoke(temporary.Path, "--check", copy);
        var jsonCheck = CliRun.Invoke(temporary.Path, "--check", "--format", "json", copy);

        AssertNoSecret(fixture, "stdout of --write", write.Output);
        AssertNoSecret(fixture, "stderr of --write", write.Error);
        AssertNoSecret(fixture, "stdout of --check", check.Output);
        AssertNoSecret(fixture, "stderr of --check", check.Error);
        AssertNoSecret(fixture, "stdout of --check --format json", jsonCheck.Output);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void RegistryHoldsListedSecrets(string fixture)
    {
        var processor = new TemplateProcessor(PassRegistry.CreateAll(), new PassOptions());
        var template = TemplateFolder.TryOpen(Path.Combine(RepositoryPaths.Fixtures, fixture))!;

        var result = processor.Process(template);

        // The escaped form of a '$$' secret is what the file holds, so the unescaped one need not be listed.
        foreach (var secret in FixtureSecrets[fixture].Where(secret => secret != "wh$Kp3Rt7Zx9Lm2"))
        {
            Assert.True(result.Secrets.Values.Contains(secret), $"The secrets pass did not register a secret of {fixture} ({secret.Length} characters).");
        }
    }

    private static void AssertNoSecret(string fixture, string output, string text)
    {
        foreach (var secret in FixtureSecrets[fixture])
        {
            // The message names the secret by its length only, so a failing test does not print it either.
            Assert.False(text.Contains(secret, StringComparison.Ordinal), $"The {output} for {fixture} contains a secret of {secret.Length} characters.");
        }
    }

    private static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            case JsonValueKind.Array:
                foreach (var text in element.EnumerateArray().SelectMany(Strings))
                {
                    yield return text;
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    yield return property.Name;
                    foreach (var text in Strings(property.Value))
                    {
                        yield return text;
                    }
                }

                break;
        }
    }
}
