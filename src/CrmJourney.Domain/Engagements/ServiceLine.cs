using System;

namespace CrmJourney.Domain.Engagements;

/// <summary>
/// One service line of the firm's catalogue (e.g. "Tax advisory", code "TAX"). Identity is the id;
/// the code is the catalogue's alternate key and the name is what task texts show.
/// </summary>
public sealed record ServiceLine
{
    /// <summary>Creates a service line; the code and name must not be blank.</summary>
    public ServiceLine(Guid id, string code, string name)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new ArgumentException("A service line needs a code, such as \"TAX\".", nameof(code));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A service line needs a name, such as \"Tax advisory\".", nameof(name));
        }

        Id = id;
        Code = code.Trim();
        Name = name.Trim();
    }

    /// <summary>The row id of the cjp_serviceline record.</summary>
    public Guid Id { get; }

    /// <summary>The catalogue code (alternate key).</summary>
    public string Code { get; }

    /// <summary>The display name used in task texts.</summary>
    public string Name { get; }
}
