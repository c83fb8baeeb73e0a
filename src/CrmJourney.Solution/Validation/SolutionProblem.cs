using System;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// One thing wrong in an unpacked solution folder: the file (relative, '/' separators) and a sentence
/// saying what is wrong and, where there is one, the fix. Printed as <c>path: problem</c>.
/// </summary>
public sealed record SolutionProblem : IComparable<SolutionProblem>
{
    /// <summary>A problem in <paramref name="path"/>.</summary>
    public SolutionProblem(string path, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Path = path;

        // One line per problem, whatever the underlying exception text holds.
        Message = message.ReplaceLineEndings(" ");
    }

    /// <summary>The file the problem is in, relative to the solution folder.</summary>
    public string Path { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>Orders by path, then message (ordinal), so reports are stable.</summary>
    public int CompareTo(SolutionProblem? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byPath = string.CompareOrdinal(Path, other.Path);
        return byPath != 0 ? byPath : string.CompareOrdinal(Message, other.Message);
    }

    /// <summary><c>path: problem</c>.</summary>
    public override string ToString() => $"{Path}: {Message}";
}
