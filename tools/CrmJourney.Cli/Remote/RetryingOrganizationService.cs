using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Cli.Remote;

/// <summary>
/// An <see cref="IOrganizationService"/> decorator for talking to a remote organization: a request refused
/// by service protection (0x80072322 requests, 0x80072321 execution time, 0x80072326 concurrency) is
/// retried after the fault's ErrorDetails["Retry-After"]; a transient failure (0x80040216 unexpected,
/// 0x80044151 SQL timeout, a timeout or a dropped connection) is retried with exponential backoff
/// (1 s, 2 s, 4 s …). Bounded: after <see cref="MaxAttempts"/> attempts the last fault reaches the
/// caller. Waiting goes through an injectable delay so tests do not sleep; any other fault is not retried.
/// </summary>
public sealed class RetryingOrganizationService : IOrganizationService
{
    /// <summary>Service protection: number of requests over the window.</summary>
    public const int ThrottlingRequestCount = unchecked((int)0x80072322);

    /// <summary>Service protection: combined execution time over the window.</summary>
    public const int ThrottlingExecutionTime = unchecked((int)0x80072321);

    /// <summary>Service protection: concurrent requests.</summary>
    public const int ThrottlingConcurrency = unchecked((int)0x80072326);

    /// <summary>"An unexpected error occurred." — transient on a busy organization.</summary>
    public const int Unexpected = unchecked((int)0x80040216);

    /// <summary>"Sql error: Execution Timeout Expired" — transient.</summary>
    public const int SqlTimeout = unchecked((int)0x80044151);

    /// <summary>The ErrorDetails key service protection faults carry their wait in.</summary>
    public const string RetryAfterKey = "Retry-After";

    /// <summary>The longest a Retry-After is honoured (a larger value is treated as this).</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(5);

    private readonly IOrganizationService _inner;
    private readonly Action<TimeSpan> _delay;

    /// <summary>Decorates <paramref name="inner"/>; <paramref name="delay"/> waits (Thread.Sleep when null).</summary>
    public RetryingOrganizationService(IOrganizationService inner, Action<TimeSpan>? delay = null, int maxAttempts = 5)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        _inner = inner;
        _delay = delay ?? System.Threading.Thread.Sleep;
        MaxAttempts = maxAttempts;
    }

    /// <summary>Attempts per request, the first included.</summary>
    public int MaxAttempts { get; }

    /// <summary>How many retries were made so far (for the summary).</summary>
    public int Retries { get; private set; }

    /// <inheritdoc />
    public Guid Create(Entity entity) => Run(() => _inner.Create(entity));

    /// <inheritdoc />
    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => Run(() => _inner.Retrieve(entityName, id, columnSet));

    /// <inheritdoc />
    public void Update(Entity entity) => Run(() => { _inner.Update(entity); return true; });

    /// <inheritdoc />
    public void Delete(string entityName, Guid id) => Run(() => { _inner.Delete(entityName, id); return true; });

    /// <inheritdoc />
    public OrganizationResponse Execute(OrganizationRequest request) => Run(() => _inner.Execute(request));

    /// <inheritdoc />
    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Run(() => { _inner.Associate(entityName, entityId, relationship, relatedEntities); return true; });

    /// <inheritdoc />
    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Run(() => { _inner.Disassociate(entityName, entityId, relationship, relatedEntities); return true; });

    /// <inheritdoc />
    public EntityCollection RetrieveMultiple(QueryBase query) => Run(() => _inner.RetrieveMultiple(query));

    /// <summary>The wait before retrying <paramref name="failure"/> on attempt <paramref name="attempt"/> (1-based), or null when it is not retryable.</summary>
    public static TimeSpan? WaitFor(Exception failure, int attempt)
    {
        var backoff = TimeSpan.FromSeconds(Math.Pow(2, attempt - 1));
        switch (failure)
        {
            case FaultException<OrganizationServiceFault> fault when fault.Detail.ErrorCode is ThrottlingRequestCount or ThrottlingExecutionTime or ThrottlingConcurrency:
                return fault.Detail.ErrorDetails.TryGetValue(RetryAfterKey, out var value) && value is TimeSpan retryAfter && retryAfter > TimeSpan.Zero
                    ? (retryAfter < MaxRetryAfter ? retryAfter : MaxRetryAfter)
                    : backoff;
            case FaultException<OrganizationServiceFault> fault when fault.Detail.ErrorCode is Unexpected or SqlTimeout:
                return backoff;
            case TimeoutException or CommunicationException when failure is not FaultException:
                return backoff;
            default:
                return null;
        }
    }

    private T Run<T>(Func<T> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return call();
            }
            catch (Exception failure) when (attempt < MaxAttempts && WaitFor(failure, attempt) is TimeSpan wait)
            {
                Retries++;
                _delay(wait);
            }
        }
    }
}
