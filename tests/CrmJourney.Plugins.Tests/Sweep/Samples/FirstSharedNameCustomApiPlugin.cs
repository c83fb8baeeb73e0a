using System;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Sweep.Samples;

/// <summary>One of two classes claiming the same custom API.</summary>
[CustomApi("sample_Shared", PluginTypeId = "0f6b1e8e-5d0c-4f5e-9a53-3f0f6d1f7a01")]
public sealed class FirstSharedNameCustomApiPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("Only declared, never run.");
}
