using System;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Benchmarks.LocalOrg;

/// <summary>A plug-in that only reads its context: what the pipeline costs without any plug-in work.</summary>
public sealed class NoOpPlugin : IPlugin
{
    /// <inheritdoc />
    public void Execute(IServiceProvider serviceProvider)
    {
        _ = serviceProvider.GetService(typeof(IPluginExecutionContext));
    }
}
