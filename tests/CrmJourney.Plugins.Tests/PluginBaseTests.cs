using System;
using System.ServiceModel;
using CrmJourney.Plugins.Tests.Fakes;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests;

public sealed class PluginBaseTests
{
    private static readonly Guid _correlationId = new("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    private static readonly Guid _userId = new("11111111-2222-4333-8444-555555555555");

    private readonly FakePluginExecutionContext _context = new()
    {
        MessageName = "Update",
        PrimaryEntityName = "account",
        Stage = 20,
        Depth = 2,
        CorrelationId = _correlationId,
        UserId = _userId,
        OperationCreatedOn = new DateTime(2026, 7, 3, 14, 30, 0, DateTimeKind.Utc),
    };

    private readonly FakeTracingService _tracing = new();
    private readonly FakeOrganizationServiceFactory _factory = new();

    [Fact]
    public void Execute_traces_entry_and_exit_with_plugin_type_message_table_stage_depth_and_correlation_id()
    {
        var plugin = new DelegatePlugin(c => c.Trace("working"));

        plugin.Execute(Provider());

        Assert.Equal(3, _tracing.Lines.Count);
        Assert.Equal("working", _tracing.Lines[1]);
        foreach (var line in new[] { _tracing.Lines[0], _tracing.Lines[2] })
        {
            Assert.Contains(typeof(DelegatePlugin).FullName!, line, StringComparison.Ordinal);
            Assert.Contains("Update", line, StringComparison.Ordinal);
            Assert.Contains("account", line, StringComparison.Ordinal);
            Assert.Contains("stage 20", line, StringComparison.Ordinal);
            Assert.Contains("depth 2", line, StringComparison.Ordinal);
            Assert.Contains(_correlationId.ToString(), line, StringComparison.Ordinal);
        }

        Assert.StartsWith("Entered", _tracing.Lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Exited", _tracing.Lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_fault_from_a_nested_call_becomes_an_InvalidPluginExecutionException_with_the_fault_message()
    {
        var fault = new FaultException<OrganizationServiceFault>(
            new OrganizationServiceFault { ErrorCode = -2147220969, Message = "account With Id = 42 Does Not Exist" },
            new FaultReason("account With Id = 42 Does Not Exist"));
        _factory.Fault = fault;
        var plugin = new DelegatePlugin(c => c.OrganizationService.Update(new Entity("account")));

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => plugin.Execute(Provider()));

        Assert.Contains("account With Id = 42 Does Not Exist", exception.Message, StringComparison.Ordinal);
        Assert.Contains(_correlationId.ToString(), exception.Message, StringComparison.Ordinal);
        Assert.Same(fault, exception.InnerException);
        Assert.StartsWith("Exited", _tracing.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_InvalidPluginExecutionException_passes_through_unchanged()
    {
        var refusal = new InvalidPluginExecutionException("A prospect cannot become a former client.");
        var plugin = new DelegatePlugin(_ => throw refusal);

        var thrown = Assert.Throws<InvalidPluginExecutionException>(() => plugin.Execute(Provider()));

        Assert.Same(refusal, thrown);
    }

    [Fact]
    public void Any_other_exception_is_traced_and_rethrown_unchanged()
    {
        var bug = new InvalidOperationException("bug");
        var plugin = new DelegatePlugin(_ => throw bug);

        var thrown = Assert.Throws<InvalidOperationException>(() => plugin.Execute(Provider()));

        Assert.Same(bug, thrown);
        Assert.Contains(_tracing.Lines, l => l.Contains("System.InvalidOperationException", StringComparison.Ordinal) && l.Contains("bug", StringComparison.Ordinal));
        Assert.StartsWith("Exited", _tracing.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_organization_service_acts_as_the_calling_user_and_the_system_service_as_SYSTEM()
    {
        IOrganizationService? user = null;
        IOrganizationService? system = null;
        var plugin = new DelegatePlugin(c =>
        {
            user = c.OrganizationService;
            system = c.SystemOrganizationService;
        });

        plugin.Execute(Provider());

        Assert.Equal(_userId, Assert.IsType<FakeOrganizationService>(user).UserId);
        Assert.Null(Assert.IsType<FakeOrganizationService>(system).UserId);
    }

    [Fact]
    public void The_clock_reads_the_operation_creation_time()
    {
        DateTime? now = null;
        var plugin = new DelegatePlugin(c => now = c.Clock.UtcNow);

        plugin.Execute(Provider());

        Assert.Equal(new DateTime(2026, 7, 3, 14, 30, 0, DateTimeKind.Utc), now);
    }

    [Fact]
    public void Traced_text_is_written_verbatim_even_with_braces()
    {
        var plugin = new DelegatePlugin(c => c.Trace("Task text: Hello {FirstName}"));

        plugin.Execute(Provider());

        Assert.Equal("Task text: Hello {FirstName}", _tracing.Lines[1]);
    }

    [Fact]
    public void A_host_without_a_tracing_service_is_reported_by_name()
    {
        var provider = new FakeServiceProvider().With<IPluginExecutionContext>(_context).With<IOrganizationServiceFactory>(_factory);
        var plugin = new DelegatePlugin(_ => { });

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => plugin.Execute(provider));

        Assert.Contains("ITracingService", exception.Message, StringComparison.Ordinal);
    }

    private FakeServiceProvider Provider() =>
        new FakeServiceProvider()
            .With<IPluginExecutionContext>(_context)
            .With<ITracingService>(_tracing)
            .With<IOrganizationServiceFactory>(_factory);
}
