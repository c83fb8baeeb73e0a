using System;
using System.Xml;
using CrmJourney.Solution.Xml;

namespace CrmJourney.Solution.Plugins;

/// <summary>
/// Writes the unpacked registration of the classic plugin assembly (solution-package/README.md, "Plugin
/// assembly"): <c>PluginAssemblies/&lt;Name&gt;-&lt;ID&gt;/&lt;Name&gt;.dll.data.xml</c>, which lists every
/// plugin class with its fixed <c>PluginTypeId</c> — the only place an export records those ids, which
/// step files and the custom API point at — and names the dll that travels next to it
/// (<see cref="AssemblyDllPath"/>; the packer puts the built assembly there).
/// </summary>
public sealed class PluginAssemblyFileWriter
{
    private readonly PluginAssemblyDefinition _assembly;
    private readonly string _introducedVersion;

    /// <summary>A writer for <paramref name="assembly"/>, introduced in solution version <paramref name="introducedVersion"/>.</summary>
    public PluginAssemblyFileWriter(PluginAssemblyDefinition assembly, string introducedVersion)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentException.ThrowIfNullOrWhiteSpace(introducedVersion);
        _assembly = assembly;
        _introducedVersion = introducedVersion;
    }

    /// <summary>The folder of the assembly: <c>PluginAssemblies/&lt;Name&gt;-&lt;ID IN UPPER CASE&gt;</c>, as exports name it.</summary>
    public string AssemblyFolder => $"{SolutionPaths.PluginAssembliesFolder}/{_assembly.Assembly.Name}-{_assembly.AssemblyId.ToString("D").ToUpperInvariant()}";

    /// <summary>Where the assembly's dll goes in the zip: the path the registration's FileName names.</summary>
    public string AssemblyDllPath => $"{AssemblyFolder}/{_assembly.Assembly.Name}.dll";

    /// <summary><c>&lt;Name&gt;.dll.data.xml</c>: the assembly and its plugin types with their fixed ids.</summary>
    public GeneratedFile WriteAssemblyRegistration()
    {
        var content = XmlFiles.Write(writer =>
        {
            writer.WriteStartElement("PluginAssembly");
            writer.WriteAttributeString("FullName", _assembly.Assembly.FullName);
            writer.WriteAttributeString("PluginAssemblyId", _assembly.AssemblyId.ToString("D"));
            writer.WriteAttributeString("CustomizationLevel", "1");
            writer.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");

            // 2 = sandbox (the only isolation Dataverse online allows), 0 = stored in the database.
            Element(writer, "IsolationMode", "2");
            Element(writer, "SourceType", "0");
            Element(writer, "IntroducedVersion", _introducedVersion);
            Element(writer, "FileName", "/" + AssemblyDllPath);
            writer.WriteStartElement("PluginTypes");
            foreach (var type in _assembly.PluginTypes)
            {
                writer.WriteStartElement("PluginType");
                writer.WriteAttributeString("AssemblyQualifiedName", _assembly.Assembly.QualifiedTypeName(type.FullName));
                writer.WriteAttributeString("PluginTypeId", type.Id.ToString("D"));
                writer.WriteAttributeString("Name", type.FullName);

                // Exports carry a Guid as the friendly name; derive it so it is as stable as the type id.
                Element(writer, "FriendlyName", DeterministicGuid.From("plugintypefriendlyname:" + type.FullName).ToString("D"));
                writer.WriteEndElement();
            }

            writer.WriteFullEndElement();
            writer.WriteEndElement();
        });
        return new GeneratedFile($"{AssemblyFolder}/{_assembly.Assembly.Name}.dll.data.xml", content);
    }

    private static void Element(XmlWriter writer, string name, string value)
    {
        writer.WriteStartElement(name);
        writer.WriteString(value);
        writer.WriteFullEndElement();
    }
}
