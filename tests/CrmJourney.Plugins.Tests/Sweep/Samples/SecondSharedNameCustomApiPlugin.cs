using System;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Sweep.Samples;

/// <summary>The other class claiming the same custom API.</summary>
[CustomApi("sample_Shared", PluginTypeId = "6c2d8a4b-1f3e-4b7a-8e29-5d4c3b2a1f02")]
public sealed class SecondSharedNameCustomApiPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("Only declared, never run.");
}
