using System;
using System.Threading;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Tests.Pipeline;

/// <summary>A plug-in type with Dataverse's (unsecure, secure) constructor that counts constructions and executions.</summary>
public sealed class ConfiguredPlugin : IPlugin
{
    private static int _constructed;
    private static int _executions;

    public ConfiguredPlugin(string? unsecure, string? secure)
    {
        Interlocked.Increment(ref _constructed);
        LastConfiguration = (unsecure, secure);
    }

    public static int Constructed => _constructed;

    public static int Executions => _executions;

    public static (string? Unsecure, string? Secure) LastConfiguration { get; private set; }

    public static void Reset()
    {
        _constructed = 0;
        _executions = 0;
    }

    public void Execute(IServiceProvider serviceProvider) => Interlocked.Increment(ref _executions);
}
