using System;
using System.Collections.Generic;

namespace CrmJourney.Solution.Registration;

/// <summary>
/// The organization lacks something the steps need (a message, a message filter, a plug-in type), so
/// nothing was written. <see cref="Problems"/> holds one sentence per missing piece, naming it and the fix.
/// </summary>
public sealed class StepRegistrationException : Exception
{
    /// <summary>A refusal listing <paramref name="problems"/>.</summary>
    public StepRegistrationException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>One sentence per problem.</summary>
    public IReadOnlyList<string> Problems { get; }
}
