using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using CrmJourney.Solution.Tests.Support;

namespace CrmJourney.Solution.Tests.WebResources;

/// <summary>
/// One run of Node's test runner over tests/WebResources (the web resources' tests against xrm-mock), shared by
/// every case of <see cref="WebResourceScriptTests"/>: Node starts once per test run, not once per case. Installs
/// the npm packages first when node_modules is missing, so a plain `dotnet test` on a fresh clone needs only Node.js.
/// </summary>
public sealed class NodeTestRun
{
    private static readonly Lazy<NodeTestRun> _shared = new(Run);

    private NodeTestRun(IReadOnlyDictionary<string, bool> results, string output)
    {
        Results = results;
        Output = output;
    }

    /// <summary>The folder holding package.json and the *.test.js files.</summary>
    public static string Folder => Path.Combine(RepositoryRoot.Path, "tests", "WebResources");

    /// <summary>Each top-level test's name and whether it passed, as Node's TAP reporter printed them.</summary>
    public IReadOnlyDictionary<string, bool> Results { get; }

    /// <summary>Everything Node printed, for failure messages.</summary>
    public string Output { get; }

    public static NodeTestRun Instance => _shared.Value;

    private static NodeTestRun Run()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules")))
        {
            var install = Execute("npm", "ci --no-audit --no-fund");
            if (install.ExitCode != 0)
            {
                throw new InvalidOperationException($"`npm ci` in {Folder} failed (exit {install.ExitCode}); run .ci/install-node.sh, then retry.\n{install.Output}");
            }
        }

        var run = Execute("node", "--test --test-reporter=tap");
        var results = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (Match match in Regex.Matches(run.Output, @"^(not ok|ok) \d+ - (.+)$", RegexOptions.Multiline))
        {
            results[match.Groups[2].Value.Trim()] = match.Groups[1].Value == "ok";
        }

        return new NodeTestRun(results, run.Output);
    }

    private static (int ExitCode, string Output) Execute(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{program} is not installed ({e.Message}): install Node.js (Debian: run .ci/install-node.sh), then rerun the tests.", e);
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout + stderr.Result);
        }
    }
}
