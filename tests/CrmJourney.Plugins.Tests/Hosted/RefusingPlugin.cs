using System;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Hosted;

/// <summary>A customer's own plugin that refuses every write it is registered on: a nested write the product cannot make.</summary>
public sealed class RefusingPlugin(string message) : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new InvalidPluginExecutionException(message);
}
