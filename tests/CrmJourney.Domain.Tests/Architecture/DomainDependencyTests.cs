using System;
using System.Linq;
using System.Reflection;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Domain.Tests.Architecture;

/// <summary>The domain stays pure: nothing of Dataverse may reach it (DESIGN §7, the dependency rule).</summary>
public class DomainDependencyTests
{
    private static readonly Assembly _domain = typeof(JourneyStage).Assembly;

    [Fact]
    public void The_domain_assembly_is_the_one_under_test()
    {
        Assert.Equal("CrmJourney.Domain", _domain.GetName().Name);
    }

    [Theory]
    [InlineData("Microsoft.Xrm")]
    [InlineData("Microsoft.Crm")]
    [InlineData("Microsoft.PowerPlatform")]
    public void The_domain_references_no_dataverse_sdk_assembly(string forbiddenPrefix)
    {
        var offending = _domain.GetReferencedAssemblies()
            .Select(a => a.Name ?? string.Empty)
            .Where(name => name.StartsWith(forbiddenPrefix, StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void The_domain_references_only_the_framework()
    {
        var unexpected = _domain.GetReferencedAssemblies()
            .Select(a => a.Name ?? string.Empty)
            .Where(name => name != "netstandard" && name != "mscorlib" && !name.StartsWith("System", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(unexpected);
    }

    [Fact]
    public void No_type_in_the_domain_lives_in_a_dataverse_namespace()
    {
        var offending = _domain.GetTypes()
            .Where(t => t.Namespace is { } ns
                && (ns.StartsWith("Microsoft.Xrm", StringComparison.Ordinal) || ns.StartsWith("Microsoft.Crm", StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void No_domain_type_has_static_mutable_state()
    {
        // Dataverse runs one cached plugin instance on many threads: static fields must be readonly
        // (constants and immutable tables) so nothing leaks between executions.
        var mutable = _domain.GetTypes()
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false))
            .Select(f => $"{f.DeclaringType?.FullName}.{f.Name}")
            .ToList();

        Assert.Empty(mutable);
    }
}
