using System.Collections.Generic;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// One family of rules the validator applies to a loaded folder. Checks are composed with
/// <see cref="SolutionValidator.Add"/>; each reports what it finds and never throws for bad content.
/// </summary>
public interface ISolutionCheck
{
    /// <summary>Adds a problem to <paramref name="problems"/> for each rule <paramref name="folder"/> breaks.</summary>
    void Check(SolutionFolder folder, ICollection<SolutionProblem> problems);
}
