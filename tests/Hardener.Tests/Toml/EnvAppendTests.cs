using static Hardener.Tests.Toml.TomlEditAssert;

namespace Hardener.Tests.Toml;

public sealed class EnvAppendTests
{
    [Fact]
    public void TableEnv_AppendsAfterLastEntry()
    {
        var before = WithFinalNewLine("""
            [config.env]
            A = "1"

            # Mounts follow.
            [[config.mounts]]
            filePath = "x"
            """);
        var expected = WithFinalNewLine("""
            [config.env]
            A = "1"
            B = "two \"quoted\""

            # Mounts follow.
            [[config.mounts]]
            filePath = "x"
            """);

        var after = ApplyEdits(before, edits => edits.AddEnv("B", "two \"quoted\""));

        Assert.Equal(expected, after);
    }

    [Fact]
    public void MultiLineArray_AppendsWithIndentation()
    {
        var before = WithFinalNewLine("""
            [config]
            env = [
                "A=1",
                "B=2" # last
            ]
            """);
        var expected = WithFinalNewLine("""
            [config]
            env = [
                "A=1",
                "B=2", # last
                "C=3",
                "D=4"
            ]
            """);

        var after = ApplyEdits(before, edits => edits.AddEnv("C", "3").AddEnv("D", "4"));

        Assert.Equal(expected, after);
    }

    [Fact]
    public void MultiLineArray_KeepsTrailingCommaAndComments()
    {
        var before = WithFinalNewLine("""
            [config]
            env = [
              # App
              "A=1",
              # "S3_KEY=${s3_key}",
            ]
            """);
        var expected = WithFinalNewLine("""
            [config]
            env = [
              # App
              "A=1",
              "B=2",
              # "S3_KEY=${s3_key}",
            ]
            """);

        var after = ApplyEdits(before, edits => edits.AddEnv("B", "2"));

        Assert.Equal(expected, after);
    }

    [Fact]
    public void MultiLineArray_BracketOnLastLine()
    {
        var before = WithFinalNewLine("""
            [config]
            env = ["A=1",
              "B=2"]
            """);
        var expected = WithFinalNewLine("""
            [config]
            env = ["A=1",
              "B=2",
              "C=3"]
            """);

        var after = ApplyEdits(before, edits => edits.AddEnv("C", "3"));

        Assert.Equal(expected, after);
    }

    [Theory]
    [InlineData("env = [\"A=1\"]", "env = [\"A=1\", \"B=2\"]")]
    [InlineData("env = [\"A=1\",]", "env = [\"A=1\", \"B=2\",]")]
    [InlineData("env = []", "env = [\"B=2\"]")]
    [InlineData("env = [] # none yet", "env = [\"B=2\"] # none yet")]
    public void SingleLineArray_AppendsOnSameLine(string envLine, string expectedLine)
    {
        var before = "[config]\n" + envLine + "\n\n[[config.domains]]\nport = 1\n";
        var expected = "[config]\n" + expectedLine + "\n\n[[config.domains]]\nport = 1\n";

        var after = ApplyEdits(before, edits => edits.AddEnv("B", "2"));

        Assert.Equal(expected, after);
    }

    [Fact]
    public void EmptyMultiLineArray_OneElementPerLine()
    {
        const string before = "[config]\nenv = [\n]\n";
        const string expected = "[config]\nenv = [\n  \"A=1\",\n  \"B=2\"\n]\n";

        var after = ApplyEdits(before, edits => edits.AddEnv("A", "1").AddEnv("B", "2"));

        Assert.Equal(expected, after);
    }

    [Theory]
    [InlineData("env = {}", "env = { A = \"1\", B = \"2\" }")]
    [InlineData("env = { }", "env = { A = \"1\", B = \"2\" }")]
    [InlineData("env = { X = \"0\" }", "env = { X = \"0\", A = \"1\", B = \"2\" }")]
    public void InlineTable_AppendsOnSameLine(string envLine, string expectedLine)
    {
        var before = "[config]\n" + envLine + "\nmounts = []\n";
        var expected = "[config]\n" + expectedLine + "\nmounts = []\n";

        var after = ApplyEdits(before, edits => edits.AddEnv("A", "1").AddEnv("B", "2"));

        Assert.Equal(expected, after);
    }

    [Fact]
    public void ArrayOfTables_AddsOneElementPerEntry()
    {
        var before = WithFinalNewLine("""
            [config]
            [[config.env]]
            A = "1"

            [[config.env]]
            B = "2"
            """);
        var expected = WithFinalNewLine("""
            [config]
            [[config.env]]
            A = "1"

            [[config.env]]
            B = "2"

            [[config.env]]
            C = "3"

            [[config.env]]
            D = "4"
            """);

        var after = ApplyEdits(before, edits => edits.AddEnv("C", "3").AddEnv("D", "4"));

        Assert.Equal(expected, after);
    }
}
