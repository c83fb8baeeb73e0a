using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace Microsoft.Xrm.Sdk.StandIn.Tests.Conformance;

/// <summary>
/// Writes an assembly's public API in the notation of ../shared/reference (see its README): type
/// lines with kind, base type (not System.Object/Enum/ValueType) and ordinally sorted interfaces;
/// declared public members only; ctors as <c>Type..ctor(…)</c>; properties with their public
/// accessors; <c>static</c>, <c>field</c> and <c>event</c> markers; enum members as <c>= N</c>;
/// out and ref parameters both as <c>ref T</c>, as the real listing writes them.
/// </summary>
internal static class ApiLister
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<ApiLine> List(Assembly assembly) =>
        assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal).SelectMany(t => List(t)).ToList();

    /// <summary>The lines of one type; <paramref name="nameOverride"/> lets a test present a fake type under a real name.</summary>
    public static IEnumerable<ApiLine> List(Type type, string? nameOverride = null)
    {
        var typeName = nameOverride ?? TypeName(type);
        yield return new ApiLine(TypeLine(type, typeName), type, IsTypeLine: true);

        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var number = Convert.ToInt64(field.GetRawConstantValue(), CultureInfo.InvariantCulture);
                yield return Member(type, $"{typeName}.{field.Name} = {number.ToString(CultureInfo.InvariantCulture)}");
            }

            yield break;
        }

        foreach (var ctor in type.GetConstructors(BindingFlags.Public | BindingFlags.Instance))
        {
            yield return Member(type, $"{typeName}..ctor({Parameters(ctor)})");
        }

        foreach (var property in type.GetProperties(Declared))
        {
            var getter = property.GetMethod is { IsPublic: true };
            var setter = property.SetMethod is { IsPublic: true };
            if (!getter && !setter)
            {
                continue;
            }

            var isStatic = (property.GetMethod ?? property.SetMethod)!.IsStatic ? "static " : string.Empty;
            var indexParameters = property.GetIndexParameters();
            var name = indexParameters.Length == 0 ? property.Name : $"this[{string.Join(", ", indexParameters.Select(p => TypeName(p.ParameterType)))}]";
            var accessors = (getter ? "get;" : string.Empty) + (setter ? "set;" : string.Empty);
            yield return Member(type, $"{typeName}.{isStatic}{name} : {TypeName(property.PropertyType)} {{{accessors}}}");
        }

        foreach (var method in type.GetMethods(Declared))
        {
            if (method.IsSpecialName && !method.Name.StartsWith("op_", StringComparison.Ordinal))
            {
                continue;
            }

            var isStatic = method.IsStatic ? "static " : string.Empty;
            var generic = method.IsGenericMethodDefinition ? $"<{string.Join(",", method.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;
            yield return Member(type, $"{typeName}.{isStatic}{method.Name}{generic}({Parameters(method)}) : {TypeName(method.ReturnType)}");
        }

        foreach (var field in type.GetFields(Declared))
        {
            var isStatic = field.IsStatic ? "static " : string.Empty;
            yield return Member(type, $"{typeName}.{isStatic}field {field.Name} : {TypeName(field.FieldType)}");
        }

        foreach (var @event in type.GetEvents(Declared))
        {
            yield return Member(type, $"{typeName}.event {@event.Name} : {TypeName(@event.EventHandlerType!)}");
        }
    }

    /// <summary>The listing's spelling of a type: namespace-qualified, <c>Name&lt;A,B&gt;</c>, <c>Outer.Inner</c>, <c>T[]</c>, <c>ref T</c>.</summary>
    public static string TypeName(Type type)
    {
        if (type.IsByRef)
        {
            return "ref " + TypeName(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        var simpleName = type.Name;
        var tick = simpleName.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            simpleName = simpleName.Substring(0, tick);
        }

        var qualifier = type.IsNested ? TypeName(type.DeclaringType!) : type.Namespace;
        var name = string.IsNullOrEmpty(qualifier) ? simpleName : qualifier + "." + simpleName;
        if (type.IsGenericType)
        {
            name += "<" + string.Join(",", type.GetGenericArguments().Select(TypeName)) + ">";
        }

        return name;
    }

    /// <summary>The interfaces a type line lists, in the listing's (ordinal) order.</summary>
    public static IReadOnlyList<string> Interfaces(Type type) =>
        type.GetInterfaces().Select(TypeName).OrderBy(n => n, StringComparer.Ordinal).ToList();

    private static string TypeLine(Type type, string typeName)
    {
        var kind = type.IsInterface ? "interface" : type.IsEnum ? "enum" : type.IsValueType ? "struct" : "class";
        var parts = new List<string>();
        if (type.BaseType != null && type.BaseType != typeof(object) && type.BaseType != typeof(Enum) && type.BaseType != typeof(ValueType))
        {
            parts.Add(TypeName(type.BaseType));
        }

        parts.AddRange(Interfaces(type));
        return parts.Count == 0 ? $"{kind} {typeName}" : $"{kind} {typeName} : {string.Join(", ", parts)}";
    }

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => TypeName(p.ParameterType)));

    private static ApiLine Member(Type type, string text) => new(text, type, IsTypeLine: false);
}
