using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.LocalOrg.Solution;

/// <summary>
/// The unpacked solution could not be read into metadata. Carries every problem found (not just the
/// first), each naming the file relative to the solution's <c>src</c> folder and what is wrong, so one
/// run of the reader shows everything a solution author has to fix.
/// </summary>
public sealed class SolutionMetadataException : Exception
{
    /// <summary>Creates the exception from one or more problems.</summary>
    public SolutionMetadataException(IEnumerable<string> problems)
        : this(problems.ToArray())
    {
    }

    private SolutionMetadataException(string[] problems)
        : base("The solution's metadata cannot be read: " + Environment.NewLine + string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>One sentence per problem, each starting with the file it is about.</summary>
    public IReadOnlyList<string> Problems { get; }
}
