using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.LocalOrg.Csv;

/// <summary>Collects import problems, keeping the first few hundred and counting the rest.</summary>
internal sealed class CsvProblemList
{
    private readonly List<CsvProblem> _kept = new();

    public int Count { get; private set; }

    public void Add(string file, int line, int column, string message)
    {
        Count++;
        if (_kept.Count < CsvImporter.MaxReportedProblems)
        {
            _kept.Add(new CsvProblem(file, line, column, message));
        }
    }

    public IReadOnlyList<CsvProblem> Sorted() =>
        _kept.OrderBy(problem => problem.File, System.StringComparer.Ordinal).ThenBy(problem => problem.Line).ThenBy(problem => problem.Column).ToArray();
}
