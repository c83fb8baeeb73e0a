using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>A FetchXML condition operator LocalOrg runs: its SDK operator, the values it takes and the columns it applies to.</summary>
internal sealed record FetchOperator(string Name, ConditionOperator Operator, FetchOperatorValues Values, FetchOperatorColumns Columns);
