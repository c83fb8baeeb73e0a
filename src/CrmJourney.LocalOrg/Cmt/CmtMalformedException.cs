using System;

namespace CrmJourney.LocalOrg.Cmt;

/// <summary>
/// A Configuration Migration file that cannot be read: the message is the one sentence reported to the
/// user (file, record and field, what is wrong). Internal: the importer turns it into a failed result.
/// </summary>
internal sealed class CmtMalformedException : Exception
{
    public CmtMalformedException(string message)
        : base(message)
    {
    }
}
