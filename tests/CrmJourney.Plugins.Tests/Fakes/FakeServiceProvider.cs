using System;
using System.Collections.Generic;

namespace CrmJourney.Plugins.Tests.Fakes;

/// <summary>The service provider Dataverse passes to IPlugin.Execute, holding only what a test adds.</summary>
public sealed class FakeServiceProvider : IServiceProvider
{
    private readonly Dictionary<Type, object> _services = [];

    public FakeServiceProvider With<T>(T service)
        where T : class
    {
        _services[typeof(T)] = service;
        return this;
    }

    public object? GetService(Type serviceType) => _services.TryGetValue(serviceType, out var service) ? service : null;
}
