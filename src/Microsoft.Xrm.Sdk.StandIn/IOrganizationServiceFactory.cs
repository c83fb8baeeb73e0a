using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Creates organization services for a plugin, either as a given user or as SYSTEM.</summary>
public interface IOrganizationServiceFactory
{
    /// <summary>A service acting as <paramref name="userId"/>; null means SYSTEM (bypasses the caller's security roles).</summary>
    IOrganizationService CreateOrganizationService(Guid? userId);
}
