using System;

namespace CrmJourney.Domain.Touchpoints;

/// <summary>A reference to a row an activity names (its regarding row or a party): kind and id; the id must not be empty.</summary>
public sealed record RecordRef
{
    /// <summary>Creates a reference; an empty id is refused.</summary>
    public RecordRef(RecordKind kind, Guid id)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A record reference needs the row's id.", nameof(id));
        }

        Kind = kind;
        Id = id;
    }

    /// <summary>What kind of row it is.</summary>
    public RecordKind Kind { get; }

    /// <summary>The row's id.</summary>
    public Guid Id { get; }

    /// <summary>An account reference.</summary>
    public static RecordRef Account(Guid id) => new(RecordKind.Account, id);

    /// <summary>A contact reference.</summary>
    public static RecordRef Contact(Guid id) => new(RecordKind.Contact, id);

    /// <summary>An opportunity reference.</summary>
    public static RecordRef Opportunity(Guid id) => new(RecordKind.Opportunity, id);

    /// <summary>A lead reference.</summary>
    public static RecordRef Lead(Guid id) => new(RecordKind.Lead, id);

    /// <summary>A cjp_engagement reference.</summary>
    public static RecordRef Engagement(Guid id) => new(RecordKind.Engagement, id);
}
