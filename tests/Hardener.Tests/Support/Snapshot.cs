using System.Runtime.CompilerServices;

namespace Hardener.Tests.Support;

/// <summary>
/// A small stand-in for Verify: the expected output lives in <c>NAME.verified.txt</c> next to the test
/// file; on a mismatch the actual output goes to <c>NAME.received.txt</c> and the test fails with the
/// first differing line, white space made visible. Set HARDENER_ACCEPT_SNAPSHOTS=1 to accept.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "HARDENER_ACCEPT_SNAPSHOTS";

    public static void Verify(string actual, string name, [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        Compare(actual, Path.Combine(folder, $"{name}.verified.txt"), Path.Combine(folder, $"{name}.received.txt"), name);
    }

    /// <summary>Compares output with a committed file that is not a snapshot by name, such as a docs page; the received copy goes beside it.</summary>
    public static void VerifyFile(string actual, string verifiedPath)
    {
        var receivedPath = Path.ChangeExtension(verifiedPath, ".received" + Path.GetExtension(verifiedPath));
        Compare(actual, verifiedPath, receivedPath, Path.GetFileName(verifiedPath));
    }

    private static void Compare(string actual, string verifiedPath, string receivedPath, string name)
    {
        var folder = Path.GetDirectoryName(verifiedPath)!;
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        var reason = expected is null ? $"{verifiedPath} does not exist." : DescribeFirstDifference(expected, actual);
        Assert.Fail($"Snapshot '{name}' does not match. {reason}\nCompare {receivedPath} with the verified file, and run with {AcceptVariable}=1 to accept it.");
    }

    private static string DescribeFirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var index = 0; index < Math.Max(expectedLines.Length, actualLines.Length); index++)
        {
            var expectedLine = index < expectedLines.Length ? expectedLines[index] : "(end of file)";
            var actualLine = index < actualLines.Length ? actualLines[index] : "(end of file)";
            if (expectedLine != actualLine)
            {
                return $"Line {index + 1}:\n  verified: {Visible(expectedLine)}\n  received: {Visible(actualLine)}";
            }
        }

        return "The texts differ only in line endings.";
    }

    private static string Visible(string line) => line.Replace("\r", "\\r").Replace("\t", "\\t").Replace(" ", "·");
}
