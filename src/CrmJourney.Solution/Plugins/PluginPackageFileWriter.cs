using System;
using System.Collections.Generic;
using System.Xml;
using CrmJourney.Solution.Xml;

namespace CrmJourney.Solution.Plugins;

/// <summary>
/// Writes the unpacked files of the plugin package delivery (solution-package/README.md, "Plugin
/// package" and "Plugin assembly"): <c>pluginpackages/&lt;uniquename&gt;/pluginpackage.xml</c>, and the
/// assembly registration <c>PluginAssemblies/&lt;Name&gt;-&lt;ID&gt;/&lt;Name&gt;.dll.data.xml</c> that lists
/// every plugin class with its fixed <c>PluginTypeId</c> — the only place an export records those ids,
/// which step files and the custom API point at.
/// </summary>
public sealed class PluginPackageFileWriter
{
    private readonly PluginPackageDefinition _package;
    private readonly string _introducedVersion;

    /// <summary>A writer for <paramref name="package"/>, introduced in solution version <paramref name="introducedVersion"/>.</summary>
    public PluginPackageFileWriter(PluginPackageDefinition package, string introducedVersion)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentException.ThrowIfNullOrWhiteSpace(introducedVersion);
        _package = package;
        _introducedVersion = introducedVersion;
    }

    /// <summary>The folder of the package: <c>pluginpackages/&lt;uniquename&gt;</c>.</summary>
    public string PackageFolder => $"{SolutionPaths.PluginPackagesFolder}/{_package.UniqueName}";

    /// <summary>Where the NuGet package goes in the unpacked folder and in the zip.</summary>
    public string NupkgPath => $"{PackageFolder}/package/{_package.UniqueName}.nupkg";

    /// <summary>The folder of the assembly registration: <c>PluginAssemblies/&lt;Name&gt;-&lt;ID IN UPPER CASE&gt;</c>.</summary>
    public string AssemblyFolder => $"{SolutionPaths.PluginAssembliesFolder}/{_package.Assembly.Name}-{_package.AssemblyId.ToString("D").ToUpperInvariant()}";

    /// <summary>Where the assembly's dll goes in the zip (the path the registration's FileName names).</summary>
    public string AssemblyDllPath => $"{AssemblyFolder}/{_package.Assembly.Name}.dll";

    /// <summary>Both files, ordered by path.</summary>
    public IReadOnlyList<GeneratedFile> WriteAll() => new[] { WriteAssemblyRegistration(), WritePackage() };

    /// <summary><c>pluginpackage.xml</c>.</summary>
    public GeneratedFile WritePackage()
    {
        var content = XmlFiles.Write(writer =>
        {
            writer.WriteStartElement("pluginpackage");
            writer.WriteAttributeString("uniquename", _package.UniqueName);
            Element(writer, "exportkeyversion", "1");
            Element(writer, "iscustomizable", "1");
            Element(writer, "name", _package.UniqueName);
            writer.WriteStartElement("package");
            writer.WriteAttributeString("mimetype", "application/octet-stream");
            writer.WriteString(_package.UniqueName + ".nupkg");
            writer.WriteEndElement();
            Element(writer, "statecode", "0");
            Element(writer, "statuscode", "1");
            Element(writer, "version", _package.PackageVersion);
            writer.WriteEndElement();
        });
        return new GeneratedFile($"{PackageFolder}/pluginpackage.xml", content);
    }

    /// <summary><c>&lt;Name&gt;.dll.data.xml</c>: the assembly and its plugin types with their fixed ids.</summary>
    public GeneratedFile WriteAssemblyRegistration()
    {
        var content = XmlFiles.Write(writer =>
        {
            writer.WriteStartElement("PluginAssembly");
            writer.WriteAttributeString("FullName", _package.Assembly.FullName);
            writer.WriteAttributeString("PluginAssemblyId", _package.AssemblyId.ToString("D"));
            writer.WriteAttributeString("CustomizationLevel", "1");
            writer.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");

            // 2 = sandbox (the only isolation Dataverse online allows), 0 = stored in the database.
            Element(writer, "IsolationMode", "2");
            Element(writer, "SourceType", "0");
            Element(writer, "IntroducedVersion", _introducedVersion);
            Element(writer, "FileName", "/" + AssemblyDllPath);
            writer.WriteStartElement("PluginTypes");
            foreach (var type in _package.PluginTypes)
            {
                writer.WriteStartElement("PluginType");
                writer.WriteAttributeString("AssemblyQualifiedName", _package.Assembly.QualifiedTypeName(type.FullName));
                writer.WriteAttributeString("PluginTypeId", type.Id.ToString("D"));
                writer.WriteAttributeString("Name", type.FullName);

                // Exports carry a Guid as the friendly name; derive it so it is as stable as the type id.
                Element(writer, "FriendlyName", DeterministicGuid.From("plugintypefriendlyname:" + type.FullName).ToString("D"));
                writer.WriteEndElement();
            }

            writer.WriteFullEndElement();
            writer.WriteEndElement();
        });
        return new GeneratedFile($"{AssemblyFolder}/{_package.Assembly.Name}.dll.data.xml", content);
    }

    private static void Element(XmlWriter writer, string name, string value)
    {
        writer.WriteStartElement(name);
        writer.WriteString(value);
        writer.WriteFullEndElement();
    }
}
