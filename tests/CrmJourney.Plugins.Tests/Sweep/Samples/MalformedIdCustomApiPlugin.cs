using System;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Sweep.Samples;

/// <summary>A custom API whose plugin type id is not a Guid.</summary>
[CustomApi("sample_Malformed", PluginTypeId = "not-a-guid")]
public sealed class MalformedIdCustomApiPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("Only declared, never run.");
}
