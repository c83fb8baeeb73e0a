using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// The components an unpacked folder defines, by component type (<see cref="ComponentTypes"/>): their
/// ids and names as Solution.xml, app modules, site maps and forms refer to them. Both flavours of a
/// component (<c>Foo.xml</c>, <c>Foo_managed.xml</c>) define the same component.
/// </summary>
internal sealed partial class FolderComponents
{
    private readonly Dictionary<int, HashSet<Guid>> _ids = new();
    private readonly Dictionary<int, HashSet<string>> _names = new();
    private readonly Dictionary<Guid, string> _viewTables = new();
    private readonly HashSet<string> _relationships = new(StringComparer.OrdinalIgnoreCase);

    private FolderComponents()
    {
    }

    /// <summary>The component types whose definitions the folder layout makes visible.</summary>
    public static IReadOnlyCollection<int> KnownTypes { get; } = new[]
    {
        ComponentTypes.Table, ComponentTypes.Choice, ComponentTypes.Role, ComponentTypes.View, ComponentTypes.Process, ComponentTypes.Chart,
        ComponentTypes.Form, ComponentTypes.WebResource, ComponentTypes.SiteMap, ComponentTypes.AppModule, ComponentTypes.PluginAssembly,
        ComponentTypes.Step, ComponentTypes.CanvasApp, ComponentTypes.EnvironmentVariable,
    };

    /// <summary>Reads the components of <paramref name="folder"/>.</summary>
    public static FolderComponents Of(SolutionFolder folder)
    {
        var components = new FolderComponents();
        foreach (var table in folder.Tables)
        {
            components.Name(ComponentTypes.Table, table);
        }

        foreach (var directory in new[] { SolutionPaths.EntitiesFolder, "AppModules", "AppModuleSiteMaps", "environmentvariabledefinitions" })
        {
            var full = SolutionPaths.Full(folder.Root, directory);
            if (!Directory.Exists(full))
            {
                continue;
            }

            var type = directory switch
            {
                "AppModules" => ComponentTypes.AppModule,
                "AppModuleSiteMaps" => ComponentTypes.SiteMap,
                "environmentvariabledefinitions" => ComponentTypes.EnvironmentVariable,
                _ => ComponentTypes.Table,
            };
            foreach (var sub in Directory.EnumerateDirectories(full))
            {
                components.Name(type, Path.GetFileName(sub));
            }
        }

        var canvasApps = SolutionPaths.Full(folder.Root, "CanvasApps");
        if (Directory.Exists(canvasApps))
        {
            foreach (var meta in Directory.EnumerateFiles(canvasApps, "*.meta.xml"))
            {
                components.Name(ComponentTypes.CanvasApp, Path.GetFileName(meta)[..^".meta.xml".Length]);
            }
        }

        // File names too, so that a component whose file is malformed (reported once, as malformed)
        // is not also reported as missing.
        if (Directory.Exists(folder.Root))
        {
            foreach (var file in Directory.EnumerateFiles(folder.Root, "*.xml", SearchOption.AllDirectories))
            {
                components.ReadName(SolutionFolder.ComponentKey(SolutionPaths.Relative(folder.Root, file)));
            }
        }

        foreach (var (path, document) in folder.Documents)
        {
            components.Read(folder, path, document);
        }

        return components;
    }

    /// <summary>Whether the folder defines a component of <paramref name="type"/> with the id <paramref name="id"/>.</summary>
    public bool HasId(int type, Guid id) => _ids.TryGetValue(type, out var ids) && ids.Contains(id);

    /// <summary>Whether the folder defines a component of <paramref name="type"/> named <paramref name="name"/> (case-insensitive).</summary>
    public bool HasName(int type, string name) => _names.TryGetValue(type, out var names) && names.Contains(name.Trim());

    /// <summary>The table (lower case) of the view <paramref name="viewId"/> the folder defines, or null.</summary>
    public string? TableOfView(Guid viewId) => _viewTables.GetValueOrDefault(viewId);

    /// <summary>Whether a relationship file of the folder defines <paramref name="name"/>.</summary>
    public bool HasRelationship(string name) => _relationships.Contains(name);

    /// <summary>
    /// Whether the web resource <paramref name="name"/> can be used: the folder defines it
    /// (<see cref="ReferenceState.Found"/>); it carries the publisher's prefix and is neither here nor a
    /// declared missing dependency (<see cref="ReferenceState.Missing"/>); or it belongs to another
    /// publisher (<see cref="ReferenceState.Unverifiable"/>).
    /// </summary>
    public ReferenceState WebResource(SolutionFolder folder, string name)
    {
        if (HasName(ComponentTypes.WebResource, name) || folder.DeclaresDependency(ComponentTypes.WebResource, name))
        {
            return ReferenceState.Found;
        }

        return folder.HasOwnPrefix(name) ? ReferenceState.Missing : ReferenceState.Unverifiable;
    }

    internal static Guid? ParseId(string? text) => Guid.TryParse(text?.Trim().Trim('{', '}'), out var id) ? id : null;

    private void ReadName(string path)
    {
        var parts = path.Split('/');
        var stem = Path.GetFileNameWithoutExtension(parts[^1]);
        var type = parts[0].ToLowerInvariant() switch
        {
            "optionsets" when parts.Length == 2 => ComponentTypes.Choice,
            "sdkmessageprocessingsteps" when parts.Length == 2 => ComponentTypes.Step,
            "dashboards" when parts.Length == 2 => ComponentTypes.Form,
            "entities" when parts.Length >= 4 && parts[2].Equals("FormXml", StringComparison.OrdinalIgnoreCase) => ComponentTypes.Form,
            "entities" when parts.Length == 4 && parts[2].Equals(SolutionPaths.SavedQueriesFolder, StringComparison.OrdinalIgnoreCase) => ComponentTypes.View,
            "entities" when parts.Length == 4 && parts[2].Equals(SolutionPaths.VisualizationsFolder, StringComparison.OrdinalIgnoreCase) => ComponentTypes.Chart,
            _ => 0,
        };
        if (type == ComponentTypes.Choice)
        {
            Name(type, stem);
        }
        else if (type != 0)
        {
            Id(type, stem);
        }
    }

    private void Read(SolutionFolder folder, string path, XDocument document)
    {
        var root = document.Root;
        if (root == null)
        {
            return;
        }

        switch (root.Name.LocalName)
        {
            case "Role":
                Id(ComponentTypes.Role, (string?)root.Attribute("id"));
                break;
            case "Workflow":
                Id(ComponentTypes.Process, (string?)root.Attribute("WorkflowId"));
                Name(ComponentTypes.Process, (string?)root.Attribute("Name"));
                break;
            case "PluginAssembly":
                Id(ComponentTypes.PluginAssembly, (string?)root.Attribute("PluginAssemblyId"));
                Name(ComponentTypes.PluginAssembly, (string?)root.Attribute("FullName"));
                break;
            case "SdkMessageProcessingStep":
                Id(ComponentTypes.Step, (string?)root.Attribute("SdkMessageProcessingStepId"));
                break;
            case "optionset":
                Name(ComponentTypes.Choice, (string?)root.Attribute("Name"));
                break;
            case "WebResource":
                Id(ComponentTypes.WebResource, root.Element("WebResourceId")?.Value);
                Name(ComponentTypes.WebResource, root.Element("Name")?.Value);
                break;
            case "AppModule":
                Name(ComponentTypes.AppModule, root.Element("UniqueName")?.Value);
                break;
            case "AppModuleSiteMap":
                Name(ComponentTypes.SiteMap, root.Element("SiteMapUniqueName")?.Value);
                break;
            case "EntityRelationships":
                _relationships.UnionWith(root.Elements("EntityRelationship").Select(r => (string?)r.Attribute("Name")).OfType<string>());
                break;
            case "ImportExportXml" when path.Equals(SolutionPaths.Customizations, StringComparison.OrdinalIgnoreCase):
                ReadCustomizations(root);
                break;
        }

        if (path.StartsWith("Workflows/", StringComparison.OrdinalIgnoreCase))
        {
            // Exports name a process's files <name>-<ID>.xaml / .json; the id is the process id.
            foreach (Match match in GuidInName().Matches(Path.GetFileName(path)))
            {
                Id(ComponentTypes.Process, match.Value);
            }
        }

        var table = folder.TableOfPath(path);
        foreach (var id in root.DescendantsAndSelf("savedqueryid").Where(e => !e.HasElements))
        {
            if (ParseId(id.Value) is Guid viewId)
            {
                Id(ComponentTypes.View, id.Value);
                if (table != null)
                {
                    _viewTables[viewId] = table;
                }
            }
        }

        foreach (var id in root.DescendantsAndSelf("savedqueryvisualizationid").Where(e => !e.HasElements))
        {
            Id(ComponentTypes.Chart, id.Value);
        }

        foreach (var id in root.DescendantsAndSelf("formid").Where(e => !e.HasElements))
        {
            Id(ComponentTypes.Form, id.Value);
        }
    }

    // Older or hand-kept folders keep some components inline in Customizations.xml.
    private void ReadCustomizations(XElement root)
    {
        foreach (var resource in root.Element("WebResources")?.Elements("WebResource") ?? Enumerable.Empty<XElement>())
        {
            Id(ComponentTypes.WebResource, resource.Element("WebResourceId")?.Value);
            Name(ComponentTypes.WebResource, resource.Element("Name")?.Value);
        }

        foreach (var workflow in root.Element("Workflows")?.Elements("Workflow") ?? Enumerable.Empty<XElement>())
        {
            Id(ComponentTypes.Process, (string?)workflow.Attribute("WorkflowId"));
        }

        foreach (var role in root.Element("Roles")?.Elements("Role") ?? Enumerable.Empty<XElement>())
        {
            Id(ComponentTypes.Role, (string?)role.Attribute("id"));
        }
    }

    private void Id(int type, string? text)
    {
        if (ParseId(text) is Guid id)
        {
            if (!_ids.TryGetValue(type, out var ids))
            {
                ids = new HashSet<Guid>();
                _ids[type] = ids;
            }

            ids.Add(id);
        }
    }

    private void Name(int type, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        if (!_names.TryGetValue(type, out var names))
        {
            names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            _names[type] = names;
        }

        names.Add(name.Trim());
    }

    [GeneratedRegex("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")]
    private static partial Regex GuidInName();
}
