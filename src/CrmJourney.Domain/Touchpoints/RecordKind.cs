namespace CrmJourney.Domain.Touchpoints;

/// <summary>
/// The kind of row an activity is regarding or names as a party, as far as touchpoints care. Anything
/// else (a system user, a queue, a case…) is <see cref="Other"/> and never touches an account.
/// </summary>
public enum RecordKind
{
    /// <summary>A row of a table the definition does not follow.</summary>
    Other = 0,

    /// <summary>An account (the client itself).</summary>
    Account = 1,

    /// <summary>A contact (one of the client's people when its parent customer is an account).</summary>
    Contact = 2,

    /// <summary>An opportunity (the client's through its parent account / customer).</summary>
    Opportunity = 3,

    /// <summary>A lead (the client's through its parent account, or its customer when that is an account).</summary>
    Lead = 4,

    /// <summary>A cjp_engagement (the client's through its account column).</summary>
    Engagement = 5,
}
