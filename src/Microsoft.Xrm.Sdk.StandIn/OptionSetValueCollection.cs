using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>The value of a multi-select choice column (e.g. the stages a nurture rule watches).</summary>
public sealed class OptionSetValueCollection : DataCollection<OptionSetValue>
{
    /// <summary>An empty selection.</summary>
    public OptionSetValueCollection()
    {
    }

    /// <summary>A selection holding <paramref name="list"/>'s values (the list is wrapped, not copied).</summary>
    public OptionSetValueCollection(IList<OptionSetValue> list)
        : base(list)
    {
    }
}
