using Hardener.Compose.Interpolation;
using Hardener.Text;

namespace Hardener.Tests.Interpolation;

public class InterpolationParserTests
{
    // Each part is written as kind:text, with kind L (literal), E (escaped $$) or V (variable).
    [Theory]
    [InlineData("postgres", "L:postgres")]
    [InlineData("${POSTGRES_PASSWORD}", "V:${POSTGRES_PASSWORD}")]
    [InlineData("$REDIS_PASSWORD", "V:$REDIS_PASSWORD")]
    [InlineData("-p$$MYSQL_ROOT_PASSWORD", "L:-p|E:$$|L:MYSQL_ROOT_PASSWORD")]
    [InlineData("redis-cli -a $${REDIS_PASSWORD} ping", "L:redis-cli -a |E:$$|L:{REDIS_PASSWORD} ping")]
    [InlineData("redis://:${REDIS_PASSWORD}@redis:6379/3", "L:redis://:|V:${REDIS_PASSWORD}|L:@redis:6379/3")]
    [InlineData("postgres://$DB_USER:$DB_PASS@db/app", "L:postgres://|V:$DB_USER|L::|V:$DB_PASS|L:@db/app")]
    [InlineData("price$1", "L:price$1")]
    [InlineData("cost: 5 $", "L:cost: 5 $")]
    [InlineData("a $ b", "L:a $ b")]
    [InlineData("$-x", "L:$-x")]
    [InlineData("{\"a\": 1}", "L:{\"a\": 1}")]
    [InlineData("", "")]
    public void ParseSplitsParts(string value, string expected)
    {
        var parsed = InterpolationParser.Parse(value);

        Assert.Equal(expected, Describe(parsed.Parts, value));
    }

    [Theory]
    [InlineData("${A:-x}", VariableOperator.DefaultWhenUnsetOrEmpty, "x")]
    [InlineData("${A-x}", VariableOperator.DefaultWhenUnset, "x")]
    [InlineData("${A:?Set the password}", VariableOperator.RequiredNonEmpty, "Set the password")]
    [InlineData("${A?missing}", VariableOperator.Required, "missing")]
    [InlineData("${A:+on}", VariableOperator.AlternativeWhenNonEmpty, "on")]
    [InlineData("${A+on}", VariableOperator.AlternativeWhenSet, "on")]
    [InlineData("${A:-}", VariableOperator.DefaultWhenUnsetOrEmpty, "")]
    [InlineData("${A:-a:b-c}", VariableOperator.DefaultWhenUnsetOrEmpty, "a:b-c")]
    public void ParseReadsOperator(string value, VariableOperator op, string operand)
    {
        var variable = Assert.IsType<VariablePart>(Assert.Single(InterpolationParser.Parse(value).Parts));

        Assert.Equal("A", variable.Name);
        Assert.Equal(new TextSpan(2, 3), variable.NameSpan);
        Assert.True(variable.IsBraced);
        Assert.Equal(op, variable.Operator);
        Assert.Equal(operand, variable.Operand!.Text);
    }

    [Fact]
    public void ParseNestsDefaults()
    {
        const string value = "x${A:-${B:-b$$}-$C}y";

        var parsed = InterpolationParser.Parse(value);

        Assert.Equal("L:x|V:${A:-${B:-b$$}-$C}|L:y", Describe(parsed.Parts, value));
        var outer = Assert.IsType<VariablePart>(parsed.Parts[1]);
        Assert.Equal("V:${B:-b$$}|L:-|V:$C", Describe(outer.Operand!.Parts, value));
        var inner = Assert.IsType<VariablePart>(outer.Operand.Parts[0]);
        Assert.Equal("L:b|E:$$", Describe(inner.Operand!.Parts, value));
        Assert.Equal(["A", "B", "C"], parsed.VariableNames);
    }

    [Fact]
    public void ParseKeepsBraceInOperand()
    {
        const string value = "${A:-{json}}";

        var parsed = InterpolationParser.Parse(value);

        Assert.Equal("V:${A:-{json}|L:}", Describe(parsed.Parts, value));
    }

    [Theory]
    [InlineData("${POSTGRES_PASSWORD", 0)]
    [InlineData("pass${", 4)]
    [InlineData("a${B:-${C}", 1)]
    [InlineData("x ${B:-y", 2)]
    [InlineData("${}", 0)]
    [InlineData("${1A}", 0)]
    [InlineData("${A:x}", 0)]
    [InlineData("${A/foo/bar}", 0)]
    [InlineData("ok ${A B}", 3)]
    public void ParseRejectsInvalidBraces(string value, int offset)
    {
        var error = Assert.Throws<InterpolationException>(() => InterpolationParser.Parse(value));

        Assert.Equal(offset, error.Offset);
    }

    [Fact]
    public void TryParseReportsError()
    {
        var parsed = InterpolationParser.TryParse("abc${", out var result, out var error);

        Assert.False(parsed);
        Assert.Null(result);
        Assert.Equal(3, error!.Offset);
        Assert.Contains("Unclosed", error.Message);
    }

    [Theory]
    [InlineData("${A}", true, true)]
    [InlineData("$A", true, true)]
    [InlineData("${A:-x}", true, true)]
    [InlineData("${A}${B}", true, false)]
    [InlineData(" ${A}", true, false)]
    [InlineData("$$A", false, false)]
    [InlineData("plain", false, false)]
    public void ParseReportsVariables(string value, bool hasVariables, bool single)
    {
        var parsed = InterpolationParser.Parse(value);

        Assert.Equal(hasVariables, parsed.HasVariables);
        Assert.Equal(single, parsed.IsSingleVariable);
    }

    [Fact]
    public void LiteralSegmentsCarrySpans()
    {
        const string value = "postgres://${DB_USER}:s3cret@db/app";

        var segments = InterpolationParser.Parse(value).LiteralSegments;

        Assert.Equal(2, segments.Count);
        Assert.Equal(":s3cret@db/app", segments[1].Text);
        Assert.Equal(":s3cret@db/app", value[segments[1].Span.Start..segments[1].Span.End]);
    }

    [Theory]
    [InlineData("pa$$word", "pa$word")]
    [InlineData("plain", "plain")]
    [InlineData("a$1", "a$1")]
    [InlineData("pa55$word", null)]
    public void LiteralValueUnescapes(string value, string? expected)
    {
        Assert.Equal(expected, InterpolationParser.Parse(value).LiteralValue);
    }

    [Theory]
    [InlineData("pa55$word", "word")]
    [InlineData("sh -c 'for f in $files; do echo $f; done'", "files,f")]
    [InlineData("${A:-x$y}", "y")]
    [InlineData("pa55$$word", "")]
    [InlineData("$REDIS_PASSWORD", "")]
    [InlineData("${lower_braced}", "")]
    public void SuspectedLiteralDollarsFindsLowercase(string value, string expectedNames)
    {
        var names = InterpolationParser.Parse(value).SuspectedLiteralDollars.Select(variable => variable.Name);

        Assert.Equal(expectedNames, string.Join(",", names));
    }

    private static string Describe(IReadOnlyList<InterpolationPart> parts, string value)
    {
        return string.Join("|", parts.Select(part =>
        {
            var kind = part switch
            {
                LiteralPart => "L",
                EscapedDollarPart => "E",
                _ => "V",
            };
            return $"{kind}:{value[part.Span.Start..part.Span.End]}";
        }));
    }
}
