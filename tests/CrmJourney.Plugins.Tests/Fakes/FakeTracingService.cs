using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Fakes;

/// <summary>Keeps every traced line, formatted as Dataverse formats them.</summary>
public sealed class FakeTracingService : ITracingService
{
    public List<string> Lines { get; } = [];

    public void Trace(string format, params object[] args) => Lines.Add(string.Format(CultureInfo.InvariantCulture, format, args));
}
