namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// FetchXML's paging request (the fetch element's page, count and paging-cookie attributes).
/// A query that gives count without page asks for the first page, as in Dataverse; a count of 0
/// means the service's default page size (5,000 rows).
/// </summary>
/// <param name="PageNumber">The 1-based page asked for.</param>
/// <param name="Count">Rows per page; 0 for the service default.</param>
/// <param name="PagingCookie">The previous page's cookie, already XML-unescaped: the text Dataverse returned in EntityCollection.PagingCookie.</param>
public sealed record FetchPaging(int PageNumber, int Count, string? PagingCookie);
