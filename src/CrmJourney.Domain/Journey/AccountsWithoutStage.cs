using System;
using System.Globalization;

namespace CrmJourney.Domain.Journey;

/// <summary>
/// How many active accounts have no journey stage (cjp_journeystage empty) — what an organization holds right
/// after the solution is imported into one with history, before the journey is initialized. The sweep reads
/// accounts by stage, so no rule ever evaluates these and they would be skipped in silence; every command that
/// would skip them says so with <see cref="Sentence"/>, the one wording of that warning. A count may stop at a
/// cap (the sweep reads at most one page of ids in Dataverse, so its requests do not grow with accounts):
/// then <see cref="IsLowerBound"/> is true and the sentence says "at least".
/// </summary>
public sealed class AccountsWithoutStage
{
    /// <summary>The JSON name of <see cref="Count"/> in every summary and export that carries it.</summary>
    public const string CountJsonName = "accountsWithoutStage";

    /// <summary>The JSON name of <see cref="IsLowerBound"/>.</summary>
    public const string IsLowerBoundJsonName = "accountsWithoutStageIsLowerBound";

    /// <summary>The JSON name of <see cref="Sentence"/> (null when every active account has a stage).</summary>
    public const string SentenceJsonName = "accountsWithoutStageMessage";

    /// <summary>The custom API that gives unstaged accounts a stage from their history inside Dataverse.</summary>
    public const string InitializeApiName = "cjp_InitializeJourney";

    /// <summary>The data-folder placeholder of the fix when the caller has no folder to name.</summary>
    public const string DataFolderPlaceholder = "DIR";

    /// <summary>Counted <paramref name="count"/> active accounts without a stage; <paramref name="isLowerBound"/> when counting stopped at a cap.</summary>
    public AccountsWithoutStage(int count, bool isLowerBound)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count of accounts is never negative.");
        }

        if (isLowerBound && count == 0)
        {
            throw new ArgumentException("A count that stopped at a cap found at least one account.", nameof(isLowerBound));
        }

        Count = count;
        IsLowerBound = isLowerBound;
    }

    /// <summary>Every active account has a stage.</summary>
    public static AccountsWithoutStage None { get; } = new(0, false);

    /// <summary>The active accounts without a stage counted (all of them unless <see cref="IsLowerBound"/>).</summary>
    public int Count { get; }

    /// <summary>True when counting stopped at a cap: there are at least <see cref="Count"/>.</summary>
    public bool IsLowerBound { get; }

    /// <summary>True when at least one active account has no stage.</summary>
    public bool Any => Count > 0;

    /// <summary>
    /// The warning with the count and the fix, naming <paramref name="dataFolder"/> in the <c>cjp init</c> command
    /// (<see cref="DataFolderPlaceholder"/> when null, as in Dataverse where the custom API is the fix); null when
    /// every active account has a stage, so callers print nothing.
    /// </summary>
    public string? Sentence(string? dataFolder = null)
    {
        if (!Any)
        {
            return null;
        }

        var one = Count == 1 && !IsLowerBound;
        var folder = string.IsNullOrWhiteSpace(dataFolder) ? DataFolderPlaceholder : dataFolder!.Trim();
        var quoted = folder.IndexOf(' ') >= 0 ? "\"" + folder + "\"" : folder;
        var count = (IsLowerBound ? "At least " : string.Empty) + Count.ToString("#,0", CultureInfo.InvariantCulture);
        return one
            ? $"{count} active account has no journey stage, so no rule evaluates it; run `cjp init --data {quoted}` (or the {InitializeApiName} custom API) to give it one from its history."
            : $"{count} active accounts have no journey stage, so no rule evaluates them; run `cjp init --data {quoted}` (or the {InitializeApiName} custom API) to give them one from their history.";
    }

    /// <inheritdoc />
    public override string ToString() => Sentence() ?? "Every active account has a journey stage.";
}
