using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Microsoft.Xrm.Sdk.StandIn.Tests.Plugin;

/// <summary>
/// What a built assembly takes from other assemblies, read from its metadata alone (System.Reflection.Metadata,
/// nothing loaded): its assembly references, and its type and member references into chosen assemblies.
/// </summary>
internal sealed class PluginMetadata
{
    private readonly List<string> _assemblyReferences = new();
    private readonly List<SdkTypeReference> _typeReferences = new();
    private readonly List<SdkMemberReference> _memberReferences = new();

    private readonly PEReader _image;

    private PluginMetadata(PEReader image)
    {
        _image = image;
    }

    /// <summary>The image the references are read from; kept alive while they are decoded.</summary>
    public PEReader Image => _image;

    /// <summary>Each assembly reference as a full display name ("Name, Version=…, Culture=…, PublicKeyToken=…").</summary>
    public IReadOnlyList<string> AssemblyReferences => _assemblyReferences;

    /// <summary>The type references whose scope is one of the assemblies asked for.</summary>
    public IReadOnlyList<SdkTypeReference> TypeReferences => _typeReferences;

    /// <summary>The member references on those types (or on generic instantiations of them).</summary>
    public IReadOnlyList<SdkMemberReference> MemberReferences => _memberReferences;

    public static PluginMetadata Read(string path, ISet<string> assemblies)
    {
        // The image stays in memory for the lifetime of this object: member references decode from it later.
        var pe = new PEReader(File.ReadAllBytes(path).ToImmutableArray());
        var reader = pe.GetMetadataReader();
        var result = new PluginMetadata(pe);

        foreach (var handle in reader.AssemblyReferences)
        {
            result._assemblyReferences.Add(FullName(reader, reader.GetAssemblyReference(handle)));
        }

        foreach (var handle in reader.TypeReferences)
        {
            if (AssemblyOf(reader, handle) is { } assembly && assemblies.Contains(assembly))
            {
                result._typeReferences.Add(new SdkTypeReference(assembly, FullName(reader, handle), Arity(reader, handle)));
            }
        }

        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            if (GenericTypeOf(reader, member.Parent) is not { } typeHandle || AssemblyOf(reader, typeHandle) is not { } assembly || !assemblies.Contains(assembly))
            {
                continue;
            }

            result._memberReferences.Add(new SdkMemberReference(assembly, new SdkTypeReference(assembly, FullName(reader, typeHandle), Arity(reader, typeHandle)), reader.GetString(member.Name), reader, member));
        }

        return result;
    }

    /// <summary>"A.B" or, nested, "A.Outer.Inner", arity suffixes removed (the listing's spelling before any &lt;…&gt;).</summary>
    public static string FullName(MetadataReader reader, TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        var name = ListingTypeProvider.StripArity(reader.GetString(reference.Name));
        return reference.ResolutionScope.Kind == HandleKind.TypeReference
            ? FullName(reader, (TypeReferenceHandle)reference.ResolutionScope) + "." + name
            : ListingTypeProvider.Qualify(reader.GetString(reference.Namespace), name);
    }

    private static int Arity(MetadataReader reader, TypeReferenceHandle handle)
    {
        var name = reader.GetString(reader.GetTypeReference(handle).Name);
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? 0 : int.Parse(name.Substring(tick + 1), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string? AssemblyOf(MetadataReader reader, TypeReferenceHandle handle)
    {
        var scope = reader.GetTypeReference(handle).ResolutionScope;
        while (scope.Kind == HandleKind.TypeReference)
        {
            scope = reader.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
        }

        return scope.Kind == HandleKind.AssemblyReference ? reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name) : null;
    }

    /// <summary>The referenced type a member reference's parent names: the type itself, or the generic type of an instantiation.</summary>
    private static TypeReferenceHandle? GenericTypeOf(MetadataReader reader, EntityHandle parent)
    {
        if (parent.Kind == HandleKind.TypeReference)
        {
            return (TypeReferenceHandle)parent;
        }

        if (parent.Kind != HandleKind.TypeSpecification)
        {
            return null;
        }

        var blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
        {
            return null;
        }

        blob.ReadSignatureTypeCode();
        var generic = blob.ReadTypeHandle();
        return generic.Kind == HandleKind.TypeReference ? (TypeReferenceHandle)generic : null;
    }

    private static string FullName(MetadataReader reader, AssemblyReference reference)
    {
        var token = reader.GetBlobBytes(reference.PublicKeyOrToken);
        var culture = reader.GetString(reference.Culture);
        return $"{reader.GetString(reference.Name)}, Version={reference.Version}, Culture={(culture.Length == 0 ? "neutral" : culture)}, PublicKeyToken={(token.Length == 0 ? "null" : Convert.ToHexString(token).ToLowerInvariant())}";
    }

    /// <summary>A type reference into an SDK assembly: the assembly, the name without generic parameters, the number of them.</summary>
    internal sealed record SdkTypeReference(string Assembly, string Name, int Arity);

    /// <summary>A member reference on an SDK type; <see cref="DecodeMethod"/> and <see cref="DecodeField"/> write its signature in the listing's notation.</summary>
    internal sealed class SdkMemberReference
    {
        private readonly MetadataReader _reader;
        private readonly MemberReference _member;

        public SdkMemberReference(string assembly, SdkTypeReference type, string name, MetadataReader reader, MemberReference member)
        {
            Assembly = assembly;
            Type = type;
            Name = name;
            _reader = reader;
            _member = member;
        }

        public string Assembly { get; }

        public SdkTypeReference Type { get; }

        public string Name { get; }

        public bool IsField => _member.GetKind() == MemberReferenceKind.Field;

        public MethodSignature<string> DecodeMethod(ImmutableArray<string> typeParameters, ImmutableArray<string> methodParameters) =>
            _member.DecodeMethodSignature(ListingTypeProvider.Instance, new ListingTypeProvider.GenericNames(typeParameters, methodParameters));

        public string DecodeField(ImmutableArray<string> typeParameters) =>
            _member.DecodeFieldSignature(ListingTypeProvider.Instance, new ListingTypeProvider.GenericNames(typeParameters, ImmutableArray<string>.Empty));

        public int GenericParameterCount => IsField ? 0 : _reader.GetBlobReader(_member.Signature).ReadSignatureHeader().IsGeneric
            ? ReadGenericCount()
            : 0;

        private int ReadGenericCount()
        {
            var blob = _reader.GetBlobReader(_member.Signature);
            blob.ReadSignatureHeader();
            return blob.ReadCompressedInteger();
        }
    }
}
