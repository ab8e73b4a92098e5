using Hardener.Compose;
using Hardener.Syntax.Yaml;
using Hardener.Tests.Support;

namespace Hardener.Tests.Corpus;

public sealed class YamlCorpusTests
{
    [Fact]
    public void EveryComposeFileParsesWithConsistentSpans()
    {
        var failures = new List<string>();
        foreach (var folder in RepositoryPaths.CorpusTemplatesOrSkip())
        {
            var path = Path.Combine(folder, "docker-compose.yml");
            var text = File.ReadAllText(path).TrimStart('\uFEFF');
            var result = YamlSyntaxParser.Parse(text, path);
            if (result.Document is null)
            {
                failures.Add($"{path}: {string.Join("; ", result.Diagnostics)}");
                continue;
            }

            Assert.Equal(text, result.Document.ToString());
            failures.AddRange(SyntaxTreeInvariants.Check(result.Document).Select(problem => $"{path}: {problem}"));
            if (ComposeFile.From(result.Document).Services.Count == 0)
            {
                failures.Add($"{path}: no services found");
            }
        }

        Assert.Empty(failures);
    }
}
