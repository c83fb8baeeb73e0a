using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// Ids that identify a component must be unique among the components of its kind: Dataverse matches
/// components by id on import, so two files with one id silently overwrite each other. Covers steps and
/// their images, views, charts, forms and dashboards, roles, processes, plugin assemblies and plugin
/// types, custom APIs and their request parameters and response properties; also unique names of a
/// custom API's parameters. Only definitions count: a role a model-driven app maps
/// (<c>&lt;AppModuleRoleMaps&gt;&lt;Role id&gt;</c>) is a reference, and <c>Foo.xml</c> beside
/// <c>Foo_managed.xml</c> is one component in its two flavours (<see cref="SolutionFolder.ComponentKey"/>).
/// </summary>
public sealed class DuplicateIdCheck : ISolutionCheck
{
    // Elements whose text is the id of the component they belong to.
    private static readonly Dictionary<string, string> _idElements = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SdkMessageProcessingStepImageId"] = "step image id",
        ["savedqueryid"] = "view id",
        ["savedqueryvisualizationid"] = "chart id",
        ["formid"] = "form id",
        ["customapiid"] = "custom API id",
        ["customapirequestparameterid"] = "custom API request parameter id",
        ["customapiresponsepropertyid"] = "custom API response property id",
    };

    // (element, attribute) pairs whose attribute is the id of the element's component; RootOnly when
    // the element defines the component only as the root of its file (elsewhere it is a reference).
    private static readonly (string Element, string Attribute, string Kind, bool RootOnly)[] _idAttributes =
    {
        ("SdkMessageProcessingStep", "SdkMessageProcessingStepId", "step id", true),
        ("Role", "id", "role id", true),
        ("Workflow", "WorkflowId", "process id", true),
        ("PluginAssembly", "PluginAssemblyId", "plugin assembly id", true),
        ("PluginType", "PluginTypeId", "plugin type id", false),
    };

    /// <inheritdoc />
    public void Check(SolutionFolder folder, ICollection<SolutionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(problems);
        var declarations = new List<Declaration>();
        foreach (var (path, document) in folder.Documents)
        {
            foreach (var element in document.Descendants())
            {
                if (_idElements.TryGetValue(element.Name.LocalName, out var kind) && !element.HasElements)
                {
                    Add(element.Value, kind, path, element, declarations, problems);
                }

                foreach (var (elementName, attributeName, attributeKind, rootOnly) in _idAttributes)
                {
                    var applies = element.Name.LocalName == elementName && (!rootOnly || element.Parent == null);
                    var attribute = applies ? element.Attribute(attributeName) : null;
                    if (attribute != null)
                    {
                        Add(attribute.Value, attributeKind, path, element, declarations, problems);
                    }
                }
            }
        }

        foreach (var group in declarations.GroupBy(d => (d.Kind, d.Id)))
        {
            foreach (var declaration in group)
            {
                // Another component (another file, not the other flavour of this one), or a second use in this very file.
                var others = group
                    .Where(o => o != declaration && (o.Path == declaration.Path || o.Key != declaration.Key))
                    .Select(o => o.Path == declaration.Path ? $"line {o.Line} of this file" : o.Path)
                    .Distinct()
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (others.Count > 0)
                {
                    problems.Add(new SolutionProblem(declaration.Path, $"{declaration.Kind} {{{declaration.Id:D}}} is also used by {string.Join(", ", others)}; ids must be unique, so give one of them a new Guid."));
                }
            }
        }

        CheckCustomApiParameterNames(folder, problems);
    }

    private static void Add(string value, string kind, string path, XElement element, List<Declaration> declarations, ICollection<SolutionProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var line = ((IXmlLineInfo)element).LineNumber;
        if (Guid.TryParse(value.Trim().Trim('{', '}'), out var id))
        {
            declarations.Add(new Declaration(id, kind, path, SolutionFolder.ComponentKey(path), line));
        }
        else
        {
            problems.Add(new SolutionProblem(path, $"{kind} \"{value.Trim()}\" at line {line} is not a Guid; use a Guid such as {{3f2504e0-4f89-41d3-9a0c-0305e82c3301}}."));
        }
    }

    private static void CheckCustomApiParameterNames(SolutionFolder folder, ICollection<SolutionProblem> problems)
    {
        var parameters = folder.DocumentsUnder(SolutionPaths.CustomApisFolder)
            .Where(d => d.Value.Root?.Name.LocalName is "customapirequestparameter" or "customapiresponseproperty")
            .Select(d => (Path: d.Key, Api: d.Key.Split('/')[1], Kind: d.Value.Root!.Name.LocalName, Name: (string?)d.Value.Root!.Attribute("uniquename") ?? string.Empty))
            .Where(p => p.Name.Length > 0);
        foreach (var group in parameters.GroupBy(p => (p.Api, p.Kind, Name: p.Name.ToLowerInvariant())).Where(g => g.Select(p => SolutionFolder.ComponentKey(p.Path)).Distinct().Count() > 1))
        {
            foreach (var parameter in group)
            {
                problems.Add(new SolutionProblem(parameter.Path, $"custom API {parameter.Api} has more than one {parameter.Kind} named {parameter.Name}; rename or remove one."));
            }
        }
    }

    private sealed record Declaration(Guid Id, string Kind, string Path, string Key, int Line);
}
