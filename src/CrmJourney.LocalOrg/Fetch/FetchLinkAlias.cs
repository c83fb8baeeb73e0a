namespace CrmJourney.LocalOrg.Fetch;

/// <summary>A link-entity of the query being translated: the alias its columns come back under and the table it joins.</summary>
internal sealed record FetchLinkAlias(string Alias, string Table);
