using System;
using System.IO;
using CrmJourney.Solution.Tests.Support;
using CrmJourney.Solution.Validation;

namespace CrmJourney.Solution.Tests.Validation;

/// <summary>
/// Small unpacked solutions written for these tests, each with the structure of a kind of real export
/// found in public repositories (see the closing note of issue 11 for the corpus): whatever the
/// publisher, --structural-only must find nothing wrong in them.
/// </summary>
public sealed class RealExportShapesTests
{
    public static string Export(string name) => Path.Combine(RepositoryRoot.Path, "tests", "CrmJourney.Solution.Tests", "Samples", "Exports", name);

    [Theory]
    [InlineData("assembly-step-managed-app")]
    [InlineData("app-module-site-map-forms")]
    [InlineData("owned-tables-flows-canvas")]
    [InlineData("standard-tables-forms-views")]
    [InlineData("plugin-package-custom-api-env-var")]
    public void A_real_export_shape_has_no_structural_problem(string export)
    {
        var report = SolutionValidator.Structural().Validate(Export(export));

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Lines));
        Assert.True(report.FilesChecked >= 5);
    }
}
