using System;

namespace CrmJourney.Plugins.Tests.Fakes;

/// <summary>A plugin whose work is the test's delegate, to exercise <see cref="PluginBase"/> alone.</summary>
public sealed class DelegatePlugin(Action<ILocalPluginContext> work) : PluginBase(null, null)
{
    protected override void ExecuteCore(ILocalPluginContext context) => work(context);
}
