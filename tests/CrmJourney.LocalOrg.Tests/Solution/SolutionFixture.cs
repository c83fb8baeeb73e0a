using System;
using System.IO;

namespace CrmJourney.LocalOrg.Tests.Solution;

/// <summary>
/// A small unpacked solution in a temporary folder, written in the shapes the shipped files use, so each
/// reader error can be provoked by one bad file.
/// </summary>
internal sealed class SolutionFixture : IDisposable
{
    public SolutionFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "cjp-solution-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "Entities"));
        Directory.CreateDirectory(Path.Combine(Root, "OptionSets"));
        Directory.CreateDirectory(Path.Combine(Root, "Other", "Relationships"));
    }

    public string Root { get; }

    public static string Attribute(string type, string name, string extra = "", bool custom = true) => $"""
        <attribute PhysicalName="{name}">
          <Type>{type}</Type>
          <Name>{name}</Name>
          <LogicalName>{name}</LogicalName>
          <RequiredLevel>none</RequiredLevel>
          <IsCustomField>{(custom ? 1 : 0)}</IsCustomField>
          {extra}
        </attribute>
        """;

    /// <summary>A custom table with its primary key and primary name, plus the given attributes and keys.</summary>
    public SolutionFixture CustomTable(string table, string attributes = "", string keys = "", string primaryKey = "") =>
        Write($"Entities/{table}/Entity.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Entity>
              <Name>{table}</Name>
              <EntityInfo>
                <entity Name="{table}">
                  <attributes>
                    {Attribute("primarykey", primaryKey.Length > 0 ? primaryKey : table + "id", custom: false)}
                    {Attribute("nvarchar", "cjp_name", "<DisplayMask>PrimaryName|ValidForGrid</DisplayMask><MaxLength>100</MaxLength>")}
                    {attributes}
                  </attributes>
                  {keys}
                  <OwnershipTypeMask>OrgOwned</OwnershipTypeMask>
                </entity>
              </EntityInfo>
            </Entity>
            """);

    public SolutionFixture Relationship(string file, string name, string referencing, string column, string referenced) =>
        Write($"Other/Relationships/{file}.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <EntityRelationships>
              <EntityRelationship Name="{name}">
                <EntityRelationshipType>OneToMany</EntityRelationshipType>
                <ReferencingEntityName>{referencing}</ReferencingEntityName>
                <ReferencedEntityName>{referenced}</ReferencedEntityName>
                <ReferencingAttributeName>{column}</ReferencingAttributeName>
              </EntityRelationship>
            </EntityRelationships>
            """);

    public SolutionFixture Choice(string name, params int[] values) =>
        Write($"OptionSets/{name}.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <optionset Name="{name}">
              <options>
                {string.Concat(Array.ConvertAll(values, value => $"<option value=\"{value}\" />"))}
              </options>
            </optionset>
            """);

    public SolutionFixture Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
