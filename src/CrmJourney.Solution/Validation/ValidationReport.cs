using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>The outcome of validating a folder: every problem, sorted, without duplicates, and how many XML files were read.</summary>
public sealed class ValidationReport
{
    /// <summary>A report of <paramref name="problems"/> found in <paramref name="filesChecked"/> XML files.</summary>
    public ValidationReport(IEnumerable<SolutionProblem> problems, int filesChecked)
    {
        Problems = problems.Distinct().Order().ToList().AsReadOnly();
        FilesChecked = filesChecked;
    }

    /// <summary>The problems, ordered by path then message.</summary>
    public IReadOnlyList<SolutionProblem> Problems { get; }

    /// <summary>How many XML files the validator read.</summary>
    public int FilesChecked { get; }

    /// <summary>Whether there is no problem.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>One <c>path: problem</c> line per problem.</summary>
    public IEnumerable<string> Lines => Problems.Select(p => p.ToString());
}
