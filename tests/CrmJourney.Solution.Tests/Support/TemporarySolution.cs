using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CrmJourney.Solution.Tests.Support;

/// <summary>
/// A small unpacked solution in a temporary folder, deleted on dispose: a manifest with the given
/// publisher, the customizations skeleton, and whatever tables, choices, views and files a test adds.
/// </summary>
public sealed class TemporarySolution : IDisposable
{
    public TemporarySolution(string prefix = "cjp", int optionValuePrefix = 57310, string version = "1.0.0.0")
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cjp-solution-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Write("Other/Solution.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <ImportExportXml version="9.2" SolutionPackageVersion="9.2" languagecode="1033" generatedBy="CrmLive" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <SolutionManifest>
                <UniqueName>TestSolution</UniqueName>
                <LocalizedNames>
                  <LocalizedName description="Test" languagecode="1033" />
                </LocalizedNames>
                <Version>{version}</Version>
                <Managed>0</Managed>
                <Publisher>
                  <UniqueName>testpublisher</UniqueName>
                  <CustomizationPrefix>{prefix}</CustomizationPrefix>
                  <CustomizationOptionValuePrefix>{optionValuePrefix}</CustomizationOptionValuePrefix>
                </Publisher>
                <RootComponents />
                <MissingDependencies />
              </SolutionManifest>
            </ImportExportXml>
            """);
        Write("Other/Customizations.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <ImportExportXml xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <Entities />
              <Roles />
              <Workflows />
              <FieldSecurityProfiles />
              <Templates />
              <EntityMaps />
              <EntityRelationships />
              <OrganizationSettings />
              <optionsets />
              <CustomControls />
              <EntityDataProviders />
              <Languages>
                <Language>1033</Language>
              </Languages>
            </ImportExportXml>
            """);
    }

    public string Root { get; }

    /// <summary>A copy of the unpacked folder <paramref name="source"/>, for a test to break.</summary>
    public static TemporarySolution CopyOf(string source)
    {
        var solution = new TemporarySolution();
        solution.Delete("Other/Solution.xml");
        solution.Delete("Other/Customizations.xml");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            solution.Write(System.IO.Path.GetRelativePath(source, file).Replace('\\', '/'), File.ReadAllText(file));
        }

        return solution;
    }

    public TemporarySolution Write(string relativePath, string content)
    {
        var path = Full(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public string Read(string relativePath) => File.ReadAllText(Full(relativePath));

    public bool Exists(string relativePath) => File.Exists(Full(relativePath));

    public void Delete(string relativePath) => File.Delete(Full(relativePath));

    public string Full(string relativePath) => System.IO.Path.Combine(Root, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>An Entity.xml for <paramref name="table"/> with the given columns (type nvarchar unless stated).</summary>
    public TemporarySolution WithTable(string table, params string[] columns) =>
        Write($"Entities/{table}/Entity.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Entity xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <Name LocalizedName="{table}" OriginalName="{table}">{table}</Name>
              <EntityInfo>
                <entity Name="{table}">
                  <attributes>
            {string.Join(Environment.NewLine, columns.Select(c => $"        <attribute PhysicalName=\"{c}\"><Type>nvarchar</Type><LogicalName>{c}</LogicalName></attribute>"))}
                  </attributes>
                </entity>
              </EntityInfo>
              <FormXml />
              <SavedQueries />
              <RibbonDiffXml />
            </Entity>
            """);

    /// <summary>A global choice with the given option values.</summary>
    public TemporarySolution WithChoice(string name, params int[] values) =>
        Write($"OptionSets/{name}.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <optionset Name="{name}" localizedName="{name}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <OptionSetType>picklist</OptionSetType>
              <IsGlobal>1</IsGlobal>
              <options>
            {string.Join(Environment.NewLine, values.Select(v => $"    <option value=\"{v}\"><labels><label description=\"Option {v}\" languagecode=\"1033\" /></labels></option>"))}
              </options>
            </optionset>
            """);

    /// <summary>A public view of <paramref name="table"/> reading <paramref name="columns"/>.</summary>
    public TemporarySolution WithView(string table, Guid id, params string[] columns) =>
        Write($"Entities/{table}/SavedQueries/{{{id:D}}}.xml", $$"""
            <?xml version="1.0" encoding="utf-8"?>
            <savedqueries xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <savedquery>
                <savedqueryid>{{{id:D}}}</savedqueryid>
                <querytype>0</querytype>
                <fetchxml>
                  <fetch version="1.0" mapping="logical">
                    <entity name="{{table}}">
            {{string.Join(Environment.NewLine, columns.Select(c => $"          <attribute name=\"{c}\" />"))}}
                    </entity>
                  </fetch>
                </fetchxml>
              </savedquery>
            </savedqueries>
            """);

    public IReadOnlyList<string> Files() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; never fail a test over cleanup.
        }
    }
}
