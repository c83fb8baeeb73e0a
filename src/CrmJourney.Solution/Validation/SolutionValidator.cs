using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Plugins.Registration;
using CrmJourney.Solution.Plugins;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// Validates an unpacked solution folder — this product's or anyone's in the same layout — and reports
/// every problem as <c>path: problem</c>. The rules are <see cref="ISolutionCheck"/>s composed with
/// <see cref="Add"/>: <see cref="Structural"/> holds the checks that need only the folder;
/// <see cref="WithCode"/> adds the comparison with the [PluginStep] declarations in code.
/// </summary>
public sealed class SolutionValidator
{
    private readonly IReadOnlyList<ISolutionCheck> _checks;

    private SolutionValidator(IReadOnlyList<ISolutionCheck> checks)
    {
        _checks = checks;
    }

    /// <summary>
    /// The checks that need only the folder, each about something the import would reject or break on:
    /// required files, root components and the files components name, unique ids, step columns and
    /// plugin types, relationships, FetchXML, forms and dashboards, model-driven apps and site maps.
    /// Any publisher's unpacked export should pass them.
    /// </summary>
    public static SolutionValidator Structural() => new SolutionValidator(Array.Empty<ISolutionCheck>())
        .Add(new RequiredFilesCheck())
        .Add(new RootComponentsCheck())
        .Add(new DuplicateIdCheck())
        .Add(new StepFilesCheck())
        .Add(new RelationshipsCheck())
        .Add(new FetchXmlCheck())
        .Add(new FormsCheck())
        .Add(new AppModulesCheck());

    /// <summary>
    /// The structural checks plus this publisher's conventions (the option value prefix) and drift against
    /// <paramref name="catalog"/>, whose classes ship in <paramref name="assembly"/>.
    /// </summary>
    public static SolutionValidator WithCode(PluginCatalog catalog, PluginAssemblyDefinition assembly) =>
        Structural().Add(new OptionValuePrefixCheck()).Add(new CodeRegistrationsCheck(catalog, assembly));

    /// <summary>The validator of this product: structural checks, drift against its own plugins, and the shape of what it emits.</summary>
    public static SolutionValidator ForProductPlugins() =>
        WithCode(PluginCatalog.ForProductPlugins(), PluginAssemblyDefinition.ForProductPlugins()).Add(new EmittedShapeCheck());

    /// <summary>A validator that also applies <paramref name="check"/>.</summary>
    public SolutionValidator Add(ISolutionCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new SolutionValidator(_checks.Append(check).ToList().AsReadOnly());
    }

    /// <summary>Every problem of the folder at <paramref name="solutionFolder"/>.</summary>
    public ValidationReport Validate(string solutionFolder)
    {
        ArgumentNullException.ThrowIfNull(solutionFolder);
        var folder = SolutionFolder.Load(solutionFolder);
        var problems = new List<SolutionProblem>(folder.LoadProblems);
        foreach (var check in _checks)
        {
            check.Check(folder, problems);
        }

        return new ValidationReport(problems, folder.XmlFileCount);
    }
}
