namespace Microsoft.Xrm.Sdk.StandIn.Tests.Conformance;

/// <summary>Listed as "Microsoft.Xrm.Sdk.Query.ConditionOperator": Equal has the real number, Like does not (the real one is 6).</summary>
public enum FakeConditionOperatorWithWrongNumber
{
    /// <summary>Real number.</summary>
    Equal = 0,

    /// <summary>Wrong number.</summary>
    Like = 7,
}
