using System;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.StandIn.Tests.Conformance;

public sealed class ApiConformanceTests
{
    private static readonly ReferenceListing _reference = ReferenceListing.Load();

    [Fact]
    public void Every_public_type_and_member_of_the_stand_in_exists_in_the_real_SDK_with_the_same_signature()
    {
        var lines = ApiLister.List(SdkAssemblies.XrmSdk).Concat(ApiLister.List(SdkAssemblies.Proxy));

        var offending = ConformanceChecker.Offending(lines, _reference);

        Assert.True(offending.Count == 0, "The real SDK 9.2 does not have these lines:" + Environment.NewLine + string.Join(Environment.NewLine, offending));
    }

    [Theory]
    [InlineData("Microsoft.Xrm.Sdk", ReferenceListing.XrmSdkFile)]
    [InlineData("Microsoft.Crm.Sdk.Proxy", ReferenceListing.ProxyFile)]
    public void Each_type_lives_in_the_assembly_whose_listing_names_it(string assemblyName, string listingFile)
    {
        var assembly = assemblyName == SdkAssemblies.XrmSdk.GetName().Name ? SdkAssemblies.XrmSdk : SdkAssemblies.Proxy;
        var ownListing = ReferenceListing.Load(listingFile);

        var typeLines = ApiLister.List(assembly).Where(l => l.IsTypeLine).ToList();
        var elsewhere = typeLines.Where(l => ownListing.TypeLineFor(l.Text) == null).Select(l => l.Text).ToList();

        Assert.Equal(assemblyName, assembly.GetName().Name);
        Assert.NotEmpty(typeLines);
        Assert.True(elsewhere.Count == 0, $"{assemblyName} declares types its listing does not name: " + string.Join("; ", elsewhere));
    }

    [Fact]
    public void The_reference_listing_holds_both_assemblies()
    {
        Assert.True(_reference.Count > 6000, $"Only {_reference.Count} lines were read from Reference/.");
        Assert.True(_reference.Contains("class Microsoft.Crm.Sdk.Messages.WinOpportunityRequest : Microsoft.Xrm.Sdk.OrganizationRequest, System.Runtime.Serialization.IExtensibleDataObject"));
    }

    [Theory]
    [InlineData("Microsoft.Xrm.Sdk.Entity.GetAttributeValue<T>(System.String) : T")]
    [InlineData("Microsoft.Xrm.Sdk.Entity.TryGetAttributeValue<T>(System.String, ref T) : System.Boolean")]
    [InlineData("Microsoft.Xrm.Sdk.Entity..ctor(System.String, System.Guid)")]
    [InlineData("Microsoft.Xrm.Sdk.Entity.this[System.String] : System.Object {get;set;}")]
    [InlineData("Microsoft.Xrm.Sdk.Entity.FormattedValues : Microsoft.Xrm.Sdk.FormattedValueCollection {get;}")]
    [InlineData("class Microsoft.Xrm.Sdk.Entity : System.Runtime.Serialization.IExtensibleDataObject")]
    [InlineData("class Microsoft.Xrm.Sdk.AttributeCollection : Microsoft.Xrm.Sdk.DataCollection<System.String,System.Object>, System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<System.String,System.Object>>, System.Collections.IEnumerable")]
    [InlineData("Microsoft.Xrm.Sdk.DataCollection<TKey,TValue>.TryGetValue(TKey, ref TValue) : System.Boolean")]
    [InlineData("Microsoft.Xrm.Sdk.DataCollection<T>.AddRange(T[]) : System.Void")]
    [InlineData("Microsoft.Xrm.Sdk.IExecutionContext.Depth : System.Int32 {get;}")]
    [InlineData("Microsoft.Xrm.Sdk.IExecutionContext.RequestId : System.Nullable<System.Guid> {get;}")]
    [InlineData("Microsoft.Xrm.Sdk.Query.ConditionOperator.Equal = 0")]
    [InlineData("Microsoft.Xrm.Sdk.Messages.CreateResponse.id : System.Guid {get;}")]
    [InlineData("Microsoft.Crm.Sdk.Messages.SetStateRequest.State : Microsoft.Xrm.Sdk.OptionSetValue {get;set;}")]
    public void The_lister_writes_known_real_lines_exactly_as_the_real_listing(string realLine)
    {
        Assert.True(_reference.Contains(realLine), "The expected line is not in the real listing: " + realLine);

        var lines = ApiLister.List(SdkAssemblies.XrmSdk).Concat(ApiLister.List(SdkAssemblies.Proxy)).Select(l => l.Text);

        Assert.Contains(realLine, lines);
    }

    [Fact]
    public void An_extra_member_or_a_member_with_another_type_is_reported_and_a_real_member_is_not()
    {
        var lines = ApiLister.List(typeof(FakeEntityWithExtraMembers), nameOverride: "Microsoft.Xrm.Sdk.Entity");

        var offending = ConformanceChecker.Offending(lines, _reference);

        Assert.Contains("Microsoft.Xrm.Sdk.Entity.MarkDirty() : System.Void", offending);
        Assert.Contains("Microsoft.Xrm.Sdk.Entity.Id : System.Int32 {get;set;}", offending);
        Assert.DoesNotContain("Microsoft.Xrm.Sdk.Entity.LogicalName : System.String {get;set;}", offending);
        Assert.DoesNotContain("Microsoft.Xrm.Sdk.Entity.Contains(System.String) : System.Boolean", offending);
        Assert.DoesNotContain("Microsoft.Xrm.Sdk.Entity.GetAttributeValue<T>(System.String) : T", offending);
    }

    [Fact]
    public void A_type_line_that_lacks_a_real_interface_existing_on_this_runtime_is_reported()
    {
        // Listed as Entity, the fake lacks IExtensibleDataObject, which does exist on .NET.
        var lines = ApiLister.List(typeof(FakeEntityWithExtraMembers), nameOverride: "Microsoft.Xrm.Sdk.Entity");

        var offending = ConformanceChecker.Offending(lines, _reference);

        Assert.Contains("class Microsoft.Xrm.Sdk.Entity", offending);
    }

    [Fact]
    public void An_enum_member_with_a_number_other_than_the_real_one_is_reported()
    {
        var lines = ApiLister.List(typeof(FakeConditionOperatorWithWrongNumber), nameOverride: "Microsoft.Xrm.Sdk.Query.ConditionOperator");

        var offending = ConformanceChecker.Offending(lines, _reference);

        Assert.Contains("Microsoft.Xrm.Sdk.Query.ConditionOperator.Like = 7", offending);
        Assert.DoesNotContain("Microsoft.Xrm.Sdk.Query.ConditionOperator.Equal = 0", offending);
    }

    [Fact]
    public void The_exception_type_line_passes_only_through_the_documented_runtime_normalization()
    {
        var line = ApiLister.List(typeof(InvalidPluginExecutionException)).Single(l => l.IsTypeLine);

        Assert.False(_reference.Contains(line.Text), "The verbatim line was expected to differ (no _Exception on .NET): " + line.Text);
        Assert.Empty(ConformanceChecker.Offending([line], _reference));
    }

    [Fact]
    public void The_runtime_normalization_excuses_only_the_two_documented_platform_interfaces()
    {
        var excused = ConformanceChecker.ExcusedDifferences(ApiLister.List(SdkAssemblies.XrmSdk).Concat(ApiLister.List(SdkAssemblies.Proxy)), _reference);

        var unexpected = excused.Where(d => !d.EndsWith(": -System.Runtime.InteropServices._Exception", StringComparison.Ordinal) && !d.EndsWith(": +System.ISpanFormattable", StringComparison.Ordinal)).ToList();
        Assert.True(unexpected.Count == 0, "Undocumented runtime differences: " + string.Join("; ", unexpected));
        Assert.Contains("Microsoft.Xrm.Sdk.InvalidPluginExecutionException: -System.Runtime.InteropServices._Exception", excused);
    }

    [Fact]
    public void The_stand_in_declares_every_condition_operator_of_the_real_SDK()
    {
        var realMembers = _reference.CountStartingWith("Microsoft.Xrm.Sdk.Query.ConditionOperator.");

        Assert.Equal(realMembers, Enum.GetValues<ConditionOperator>().Length);
    }
}
