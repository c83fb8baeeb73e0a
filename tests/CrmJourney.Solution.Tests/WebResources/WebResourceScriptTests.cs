using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace CrmJourney.Solution.Tests.WebResources;

/// <summary>
/// The web resources' JavaScript tests (tests/WebResources/*.test.js, Node's test runner against xrm-mock) as
/// xunit cases, one per JavaScript test, so they run in `dotnet test` and count in CI like every other test.
/// </summary>
public sealed class WebResourceScriptTests
{
    /// <summary>The names of the JavaScript tests, read from the test files: static names and the ones built in loops.</summary>
    public static IEnumerable<object[]> JavaScriptTests()
    {
        foreach (var file in Directory.GetFiles(NodeTestRun.Folder, "*.test.js").OrderBy(f => f, System.StringComparer.Ordinal))
        {
            foreach (Match match in Regex.Matches(File.ReadAllText(file), "^test\\(\"([^\"]+)\"", RegexOptions.Multiline))
            {
                yield return new object[] { match.Groups[1].Value };
            }
        }
    }

    [Theory]
    [MemberData(nameof(JavaScriptTests))]
    public void The_JavaScript_test_passes(string name)
    {
        var run = NodeTestRun.Instance;
        Assert.True(run.Results.ContainsKey(name), $"Node did not report the test \"{name}\".\n{run.Output}");
        Assert.True(run.Results[name], $"The JavaScript test \"{name}\" failed.\n{run.Output}");
    }

    [Fact]
    public void Every_JavaScript_test_passes_including_those_generated_in_loops()
    {
        var run = NodeTestRun.Instance;
        Assert.True(run.Results.Count >= JavaScriptTests().Count(), $"Node reported {run.Results.Count} tests, fewer than the files declare.\n{run.Output}");
        var failed = run.Results.Where(r => !r.Value).Select(r => r.Key).ToList();
        Assert.True(failed.Count == 0, $"JavaScript tests failed: {string.Join("; ", failed)}\n{run.Output}");
    }
}
