using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// Ids that identify a component must be unique across the whole folder: Dataverse matches components
/// by id on import, so two files with one id silently overwrite each other. Covers steps and their
/// images, views, charts, forms, roles, plugin assemblies and plugin types, custom APIs and their
/// request parameters and response properties; also unique names of a custom API's parameters.
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

    // (element, attribute) pairs whose attribute is the id of the element's component.
    private static readonly (string Element, string Attribute, string Kind)[] _idAttributes =
    {
        ("SdkMessageProcessingStep", "SdkMessageProcessingStepId", "step id"),
        ("Role", "id", "role id"),
        ("PluginAssembly", "PluginAssemblyId", "plugin assembly id"),
        ("PluginType", "PluginTypeId", "plugin type id"),
    };

    /// <inheritdoc />
    public void Check(SolutionFolder folder, ICollection<SolutionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(problems);
        var declarations = new List<(Guid Id, string Kind, string Path, int Line)>();
        foreach (var (path, document) in folder.Documents)
        {
            foreach (var element in document.Descendants())
            {
                if (_idElements.TryGetValue(element.Name.LocalName, out var kind) && !element.HasElements)
                {
                    Add(element.Value, kind, path, element, declarations, problems);
                }

                foreach (var (elementName, attributeName, attributeKind) in _idAttributes)
                {
                    // An app's role map names roles by id (AppModuleRoleMaps/Role): a reference, not a declaration.
                    var attribute = element.Name.LocalName == elementName && element.Parent?.Name.LocalName != "AppModuleRoleMaps" ? element.Attribute(attributeName) : null;
                    if (attribute != null)
                    {
                        Add(attribute.Value, attributeKind, path, element, declarations, problems);
                    }
                }
            }
        }

        foreach (var group in declarations.GroupBy(d => d.Id).Where(g => g.Count() > 1))
        {
            foreach (var declaration in group)
            {
                var others = group.Where(o => o != declaration)
                    .Select(o => o.Path == declaration.Path ? $"line {o.Line} of this file" : o.Path)
                    .Distinct()
                    .Order(StringComparer.Ordinal);
                problems.Add(new SolutionProblem(declaration.Path, $"{declaration.Kind} {{{group.Key:D}}} is also used by {string.Join(", ", others)}; ids must be unique, so give one of them a new Guid."));
            }
        }

        CheckCustomApiParameterNames(folder, problems);
    }

    private static void Add(string value, string kind, string path, XElement element, List<(Guid, string, string, int)> declarations, ICollection<SolutionProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var line = ((IXmlLineInfo)element).LineNumber;
        if (Guid.TryParse(value.Trim().Trim('{', '}'), out var id))
        {
            declarations.Add((id, kind, path, line));
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
        foreach (var group in parameters.GroupBy(p => (p.Api, p.Kind, Name: p.Name.ToLowerInvariant())).Where(g => g.Count() > 1))
        {
            foreach (var parameter in group)
            {
                problems.Add(new SolutionProblem(parameter.Path, $"custom API {parameter.Api} has more than one {parameter.Kind} named {parameter.Name}; rename or remove one."));
            }
        }
    }
}
