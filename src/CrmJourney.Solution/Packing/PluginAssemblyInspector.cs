using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CrmJourney.Solution.Packing;

/// <summary>
/// Reads a built plugin assembly's metadata (System.Reflection.Metadata: nothing is loaded or run, so the
/// net462 build can be inspected from any runtime) before it goes into a zip.
/// </summary>
public static class PluginAssemblyInspector
{
    /// <summary>
    /// The identity, defined types and references of the assembly in <paramref name="bytes"/>. Throws
    /// <see cref="InvalidDataException"/> when they are not a .NET assembly.
    /// </summary>
    public static PluginAssemblyInspection Inspect(byte[] bytes, string displayName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var pe = new PEReader(new MemoryStream(bytes));
            if (!pe.HasMetadata)
            {
                throw new InvalidDataException($"{displayName} is not a .NET assembly; give the CrmJourney.Plugins.dll that 'dotnet build' writes.");
            }

            var metadata = pe.GetMetadataReader();
            if (!metadata.IsAssembly)
            {
                throw new InvalidDataException($"{displayName} is a module, not an assembly; give the CrmJourney.Plugins.dll that 'dotnet build' writes.");
            }

            var fullName = metadata.GetAssemblyDefinition().GetAssemblyName().FullName;
            var types = metadata.TypeDefinitions
                .Select(h => metadata.GetTypeDefinition(h))
                .Where(t => t.GetDeclaringType().IsNil)
                .Select(t => Qualified(metadata.GetString(t.Namespace), metadata.GetString(t.Name)))
                .ToHashSet(StringComparer.Ordinal);
            var references = metadata.AssemblyReferences
                .Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name))
                .Order(StringComparer.Ordinal)
                .ToList();
            return new PluginAssemblyInspection(fullName, types, references, references.Where(r => !SandboxAssemblies.Provides(r)).ToList());
        }
        catch (BadImageFormatException e)
        {
            throw new InvalidDataException($"{displayName} is not a readable .NET assembly ({e.Message}); give the CrmJourney.Plugins.dll that 'dotnet build' writes.", e);
        }
    }

    private static string Qualified(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
}
