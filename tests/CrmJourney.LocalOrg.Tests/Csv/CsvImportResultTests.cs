using System;
using System.Linq;
using CrmJourney.LocalOrg.Csv;
using static CrmJourney.LocalOrg.Tests.Csv.CsvTestData;

namespace CrmJourney.LocalOrg.Tests.Csv;

public sealed class CsvImportResultTests
{
    [Fact]
    public void A_file_wrong_on_every_line_lists_the_first_problems_and_counts_all_of_them()
    {
        var rows = string.Concat(Enumerable.Range(1, 300).Select(index => $"{new Guid(index, 0, 0, new byte[8])},many\n"));

        var result = CsvImporter.Import(NewStore(), new[] { CsvSource.FromText("account.csv", "accountid,numberofemployees\n" + rows) });

        Assert.Equal(300, result.ProblemCount);
        Assert.Equal(CsvImporter.MaxReportedProblems, result.Problems.Count);
        Assert.Equal(2, result.Problems[0].Line);
        Assert.EndsWith($"… and 100 more problems.{Environment.NewLine}Nothing was loaded.", result.ToString());
    }

    [Fact]
    public void A_successful_import_summarises_what_it_loaded()
    {
        var result = CsvImporter.Import(
            NewStore(),
            new[]
            {
                CsvSource.FromText("account.csv", $"accountid\n{AccountA}\n{AccountB}\n"),
                CsvSource.FromText("contact.csv", $"contactid\n{ContactC}\n"),
            });

        Assert.Equal("Loaded 3 rows into 2 tables.", result.ToString());
    }

    [Fact]
    public void Two_files_for_one_table_are_refused()
    {
        var result = CsvImporter.Import(
            NewStore(),
            new[] { CsvSource.FromText("account.csv", $"accountid\n{AccountA}\n"), CsvSource.FromText("account.csv", $"accountid\n{AccountB}\n") });

        Assert.Equal("account.csv:1:1: account.csv already holds table account — put its rows in one file", Assert.Single(result.Problems).ToString());
    }
}
