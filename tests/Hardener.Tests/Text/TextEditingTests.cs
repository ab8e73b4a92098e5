using Hardener.Engine;
using Hardener.Text;

namespace Hardener.Tests.Text;

public sealed class TextEditingTests
{
    [Fact]
    public void Apply_UnsortedEdits_AppliesInTextOrder()
    {
        var edits = new[]
        {
            TextEdit.Replace(new TextSpan(9, 10), "C"),
            TextEdit.Replace(new TextSpan(0, 1), "A"),
            TextEdit.Insert(4, "+"),
        };

        Assert.Equal("Abc +efgh C", TextEditor.Apply("abc efgh i", edits));
    }

    [Fact]
    public void Apply_InsertionsAtOneOffset_KeepOfferedOrder()
    {
        var edits = new[] { TextEdit.Insert(1, "1"), TextEdit.Insert(1, "2"), TextEdit.Insert(1, "3") };

        Assert.Equal("a123b", TextEditor.Apply("ab", edits));
    }

    [Fact]
    public void Apply_InsertionBeforeReplacementAtSameOffset_Succeeds()
    {
        var edits = new[] { TextEdit.Replace(new TextSpan(1, 2), "X"), TextEdit.Insert(1, "+") };

        Assert.Equal("a+Xc", TextEditor.Apply("abc", edits));
    }

    [Fact]
    public void Apply_AdjacentReplacements_DoNotConflict()
    {
        var edits = new[] { TextEdit.Replace(new TextSpan(0, 1), "X"), TextEdit.Replace(new TextSpan(1, 2), "Y") };

        Assert.Equal("XYc", TextEditor.Apply("abc", edits));
    }

    [Theory]
    [InlineData(0, 2, 1, 3)]
    [InlineData(0, 3, 1, 2)]
    [InlineData(1, 2, 1, 2)]
    [InlineData(0, 2, 1, 1)]
    public void Apply_OverlappingEdits_ThrowsConflict(int firstStart, int firstEnd, int secondStart, int secondEnd)
    {
        var first = TextEdit.Replace(new TextSpan(firstStart, firstEnd), "x");
        var second = TextEdit.Replace(new TextSpan(secondStart, secondEnd), "y");

        var conflict = Assert.Throws<EditConflictException>(() => TextEditor.Apply("abcdef", [first, second]));

        Assert.Contains("overlap", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_EditAtEnd_Appends()
    {
        Assert.Equal("abc\n", TextEditor.Apply("abc", [TextEdit.Insert(3, "\n")]));
        Assert.Equal("abX", TextEditor.Apply("abc", [TextEdit.Replace(new TextSpan(2, 3), "X")]));
    }

    [Fact]
    public void Apply_NoEdits_ReturnsSameText()
    {
        const string text = "keep\r\n";

        Assert.Same(text, TextEditor.Apply(text, []));
    }

    [Theory]
    [InlineData(4, 4)]
    [InlineData(2, 5)]
    public void Apply_SpanPastEnd_ThrowsOutOfRange(int start, int end)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TextEditor.Apply("abc", [TextEdit.Replace(new TextSpan(start, end), "x")]));
    }

    [Fact]
    public void Apply_NegativeStart_ThrowsOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TextEditor.Apply("abc", [TextEdit.Replace(new TextSpan(-1, 1), "x")]));
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(3, 1, 4)]
    [InlineData(4, 1, 5)]
    [InlineData(5, 2, 1)]
    [InlineData(8, 2, 4)]
    [InlineData(9, 2, 5)]
    [InlineData(10, 3, 1)]
    [InlineData(99, 3, 1)]
    [InlineData(-5, 1, 1)]
    public void LineMap_CrLfText_GivesLineAndColumn(int offset, int line, int column)
    {
        var lines = new LineMap("abc\r\nxyz\r\n");

        Assert.Equal(new LinePosition(line, column), lines.GetPosition(offset));
    }

    [Fact]
    public void LineMap_NoFinalNewline_EndIsOnLastLine()
    {
        var lines = new LineMap("a\nbc");

        Assert.Equal(2, lines.LineCount);
        Assert.Equal(new LinePosition(2, 3), lines.GetPosition(4));
        Assert.Equal(2, lines.GetLineStart(1));
    }

    [Fact]
    public void LineMap_EmptyText_HasOneLine()
    {
        var lines = new LineMap("");

        Assert.Equal(1, lines.LineCount);
        Assert.Equal(new LinePosition(1, 1), lines.GetPosition(0));
    }

    [Fact]
    public void OffsetMap_NoEdits_IsIdentity()
    {
        Assert.Equal(7, new OffsetMap().ToOriginal(7));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(7, 3)]
    [InlineData(8, 4)]
    [InlineData(10, 6)]
    public void OffsetMap_OneInsertion_MapsAroundIt(int edited, int original)
    {
        // "abcdef" with "1234" inserted at 3 becomes "abc1234def".
        var map = new OffsetMap();
        map.Push([TextEdit.Insert(3, "1234")]);

        Assert.Equal(original, map.ToOriginal(edited));
    }

    [Fact]
    public void OffsetMap_SeveralEditSets_MapsBackThroughAll()
    {
        const string original = "image: app\nother: x\n";
        var first = new[] { TextEdit.Insert(10, ":1.0") };
        var afterFirst = TextEditor.Apply(original, first);
        var second = new[] { TextEdit.Replace(new TextSpan(0, 5), "img"), TextEdit.Insert(afterFirst.Length, "end: y\n") };
        var afterSecond = TextEditor.Apply(afterFirst, second);
        var map = new OffsetMap();
        map.Push(first);
        map.Push(second);

        Assert.Equal(original.IndexOf("other", StringComparison.Ordinal), map.ToOriginal(afterSecond.IndexOf("other", StringComparison.Ordinal)));
        Assert.Equal(original.IndexOf('x'), map.ToOriginal(afterSecond.IndexOf('x')));
        Assert.Equal(10, map.ToOriginal(afterSecond.IndexOf(":1.0", StringComparison.Ordinal) + 2));
        Assert.Equal(0, map.ToOriginal(afterSecond.IndexOf("img", StringComparison.Ordinal) + 1));
        Assert.Equal(original.Length, map.ToOriginal(afterSecond.IndexOf("end", StringComparison.Ordinal) + 3));
        Assert.Equal(original.Length, map.ToOriginal(afterSecond.Length));
    }

    [Fact]
    public void OffsetMap_ShrinkingReplacement_MapsLaterOffsets()
    {
        // "aaaa-b" with "aaaa" replaced by "x" becomes "x-b".
        var map = new OffsetMap();
        map.Push([TextEdit.Replace(new TextSpan(0, 4), "x")]);

        Assert.Equal(0, map.ToOriginal(0));
        Assert.Equal(4, map.ToOriginal(1));
        Assert.Equal(5, map.ToOriginal(2));
    }
}
