using Hardener.Tests.Support;
using Hardener.Compose.Interpolation;
using Hardener.Passes.Secrets.Detection;

namespace Hardener.Tests.Secrets;

public class CorpusSweepTests(ITestOutputHelper output)
{
    [Fact]
    public void CorpusValuesParseAndClassify()
    {
        var corpus = CorpusEnvironment.FindCorpus();
        if (corpus is null)
        {
            Assert.Skip($"The corpus folder {RepositoryPaths.Corpus} is absent; put the corpus at ../shared/corpus beside the checkout or set {RepositoryPaths.CorpusVariable}.");
        }

        var entries = CorpusEnvironment.ReadEntries(corpus).ToList();
        var invalid = new List<string>();
        var kinds = new Dictionary<string, int>();
        var verdicts = new Dictionary<SecretValueKind, int>();
        var urlSecrets = 0;
        foreach (var entry in entries)
        {
            if (!InterpolationParser.TryParse(entry.Value, out _, out var error))
            {
                invalid.Add($"{entry.Template}:{entry.Line} {entry.Key} (offset {error!.Offset})");
            }

            var key = SecretKeyClassifier.Classify(entry.Key);
            var kindName = key?.Kind.ToString() ?? "none";
            kinds[kindName] = kinds.GetValueOrDefault(kindName) + 1;
            if (key is not null)
            {
                var verdict = SecretValueClassifier.Classify(key, entry.Value);
                verdicts[verdict.Kind] = verdicts.GetValueOrDefault(verdict.Kind) + 1;
            }

            urlSecrets += UrlSecretFinder.Find(entry.Value).Count;
        }

        // Counts and locations only: no value is printed, because many of them are secrets.
        output.WriteLine($"{entries.Count} environment entries in {entries.Select(entry => entry.Template).Distinct().Count()} templates");
        output.WriteLine("keys by kind: " + string.Join(", ", kinds.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}={pair.Value}")));
        output.WriteLine("secret-key values: " + string.Join(", ", verdicts.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}={pair.Value}")));
        output.WriteLine($"literal secrets in URLs and query strings: {urlSecrets}");
        output.WriteLine($"values compose rejects: {invalid.Count}");
        foreach (var location in invalid)
        {
            output.WriteLine("  " + location);
        }

        Assert.True(entries.Count > 1000, $"Only {entries.Count} environment entries were read, so the line matching is broken.");
    }
}
