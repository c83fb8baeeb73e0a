using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace Microsoft.Xrm.Sdk.StandIn.Tests.Plugin;

/// <summary>
/// Decodes metadata signatures into the type notation of the API listings (ApiLister.TypeName):
/// namespace-qualified, <c>Name&lt;A,B&gt;</c>, <c>Outer.Inner</c>, <c>T[]</c>, <c>ref T</c>; generic
/// parameters by the names the generic context gives (the listing's <c>T</c>, <c>TKey</c>, …).
/// </summary>
internal sealed class ListingTypeProvider : ISignatureTypeProvider<string, ListingTypeProvider.GenericNames>
{
    public static readonly ListingTypeProvider Instance = new();

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
    {
        PrimitiveTypeCode.Void => "System.Void",
        PrimitiveTypeCode.Boolean => "System.Boolean",
        PrimitiveTypeCode.Char => "System.Char",
        PrimitiveTypeCode.SByte => "System.SByte",
        PrimitiveTypeCode.Byte => "System.Byte",
        PrimitiveTypeCode.Int16 => "System.Int16",
        PrimitiveTypeCode.UInt16 => "System.UInt16",
        PrimitiveTypeCode.Int32 => "System.Int32",
        PrimitiveTypeCode.UInt32 => "System.UInt32",
        PrimitiveTypeCode.Int64 => "System.Int64",
        PrimitiveTypeCode.UInt64 => "System.UInt64",
        PrimitiveTypeCode.Single => "System.Single",
        PrimitiveTypeCode.Double => "System.Double",
        PrimitiveTypeCode.String => "System.String",
        PrimitiveTypeCode.Object => "System.Object",
        PrimitiveTypeCode.IntPtr => "System.IntPtr",
        PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
        PrimitiveTypeCode.TypedReference => "System.TypedReference",
        _ => throw new NotSupportedException(typeCode.ToString()),
    };

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => PluginMetadata.FullName(reader, handle);

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        var definition = reader.GetTypeDefinition(handle);
        var name = StripArity(reader.GetString(definition.Name));
        var declaring = definition.GetDeclaringType();
        return declaring.IsNil ? Qualify(reader.GetString(definition.Namespace), name) : GetTypeFromDefinition(reader, declaring, rawTypeKind) + "." + name;
    }

    public string GetTypeFromSpecification(MetadataReader reader, GenericNames genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => genericType + "<" + string.Join(",", typeArguments) + ">";

    public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetByReferenceType(string elementType) => "ref " + elementType;

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetPinnedType(string elementType) => elementType;

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";

    public string GetGenericTypeParameter(GenericNames genericContext, int index) => genericContext.TypeParameters[index];

    public string GetGenericMethodParameter(GenericNames genericContext, int index) => genericContext.MethodParameters[index];

    public string GetTypeFromSerializedName(string name) => name;

    public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

    public bool IsSystemType(string type) => type == "System.Type";

    internal static string StripArity(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name.Substring(0, tick);
    }

    internal static string Qualify(string @namespace, string name) => @namespace.Length == 0 ? name : @namespace + "." + name;

    /// <summary>The names generic parameters are written with: the open type's, from its listing line, and the method's.</summary>
    internal sealed record GenericNames(ImmutableArray<string> TypeParameters, ImmutableArray<string> MethodParameters)
    {
        public static readonly GenericNames None = new(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty);

        /// <summary>"A.B&lt;TKey,TValue&gt;" → TKey, TValue.</summary>
        public static ImmutableArray<string> Of(string openTypeName)
        {
            var open = openTypeName.IndexOf('<', StringComparison.Ordinal);
            return open < 0
                ? ImmutableArray<string>.Empty
                : openTypeName.Substring(open + 1, openTypeName.Length - open - 2).Split(',').Select(p => p.Trim()).ToImmutableArray();
        }
    }
}
