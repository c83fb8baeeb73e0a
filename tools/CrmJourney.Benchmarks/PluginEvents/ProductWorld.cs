using System;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Time;
using CrmJourney.Hosting;
using CrmJourney.LocalOrg;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using EngagementTable = CrmJourney.Plugins.Schema.Engagement;
using NurtureRuleTable = CrmJourney.Plugins.Schema.NurtureRule;
using ServiceLineTable = CrmJourney.Plugins.Schema.ServiceLine;

namespace CrmJourney.Benchmarks.PluginEvents;

/// <summary>
/// The product organization (<see cref="ProductOrganization"/>: shipped schema, every shipped plugin
/// step, async steps drained by the caller) on a fixed clock, with a firm user and a relationship
/// partner, and seeders that import rows without running any step — the arrange half of each plugin
/// event, kept out of the timed and counted part. The same set-ups as the plugin tests (JourneyOrg).
/// </summary>
public sealed class ProductWorld
{
    /// <summary>"Now" for every event: the plugin tests' day.</summary>
    public static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>A new organization with one user (who makes the events' requests) and one relationship partner.</summary>
    public ProductWorld()
    {
        Org = ProductOrganization.Create(new ProductOrganizationOptions { Clock = new FixedClock(Now) });
        User = Org.Create(new Entity(SystemUser.LogicalName) { [SystemUser.Columns.FullName] = "Dana Partner" });
        Partner = Org.Create(new Entity(SystemUser.LogicalName) { [SystemUser.Columns.FullName] = "Rita Partner" });
        AsUser = Org.CreateOrganizationService(User);
        TaxAdvisory = Seed(new Entity(ServiceLineTable.LogicalName) { [ServiceLineTable.Columns.Code] = "TAX", [ServiceLineTable.Columns.Name] = "Tax advisory" });
    }

    /// <summary>The organization; its counters are what the Requests column reads.</summary>
    public LocalOrganization Org { get; }

    /// <summary>The firm user making each event's request.</summary>
    public Guid User { get; }

    /// <summary>The referrers' relationship partner (who the thank-you task goes to).</summary>
    public Guid Partner { get; }

    /// <summary>Requests made by <see cref="User"/>.</summary>
    public IOrganizationService AsUser { get; }

    /// <summary>The one service line engagements and opportunities name.</summary>
    public Guid TaxAdvisory { get; }

    /// <summary>Imports <paramref name="row"/> as it is (a new id when it has none), running no plugin step.</summary>
    public Guid Seed(Entity row)
    {
        if (row.Id == Guid.Empty)
        {
            row.Id = Guid.NewGuid();
        }

        Org.Import(new[] { row });
        return row.Id;
    }

    /// <summary>An account in <paramref name="stage"/> for 30 days, owned by the user, with its engagement counters.</summary>
    public Guid Account(JourneyStage stage, int active = 0, int completed = 0, Action<Entity>? with = null)
    {
        var account = new Entity(Plugins.Schema.Account.LogicalName)
        {
            ["name"] = "Account " + Guid.NewGuid().ToString("N")[..8],
            ["cjp_journeystage"] = Choices.ToOptionSetValue(stage),
            ["cjp_stageenteredon"] = Now.AddDays(-30),
            ["cjp_activeengagementcount"] = active,
            ["cjp_completedengagementcount"] = completed,
            ["ownerid"] = new EntityReference(SystemUser.LogicalName, User),
        };
        with?.Invoke(account);
        return Seed(account);
    }

    /// <summary>A former client whose relationship partner is <see cref="Partner"/>: a referrer.</summary>
    public Guid Referrer() => Account(JourneyStage.FormerClient, completed: 1, with: a =>
    {
        a["cjp_referralcount"] = 0;
        a["cjp_relationshippartnerid"] = new EntityReference(SystemUser.LogicalName, Partner);
    });

    /// <summary>An engagement of the account, stored as it is (no engagement plugin ran).</summary>
    public Guid SeededEngagement(Guid accountId, EngagementStatus status) => Seed(NewEngagement(accountId, status));

    /// <summary>A new engagement row on the tax service line, not yet saved.</summary>
    public Entity NewEngagement(Guid accountId, EngagementStatus status) => new(EngagementTable.LogicalName)
    {
        ["cjp_name"] = "Engagement",
        ["cjp_accountid"] = new EntityReference(Plugins.Schema.Account.LogicalName, accountId),
        ["cjp_servicelineid"] = new EntityReference(ServiceLineTable.LogicalName, TaxAdvisory),
        ["cjp_status"] = Choices.ToOptionSetValue(status),
    };

    /// <summary>An open opportunity of the account on the tax service line.</summary>
    public Guid OpenOpportunity(Guid accountId) => Seed(new Entity(Opportunity.LogicalName)
    {
        ["name"] = "Tax review",
        ["customerid"] = new EntityReference(Plugins.Schema.Account.LogicalName, accountId),
        ["cjp_servicelineid"] = new EntityReference(ServiceLineTable.LogicalName, TaxAdvisory),
        ["statecode"] = new OptionSetValue(0),
        ["statuscode"] = new OptionSetValue(1),
    });

    /// <summary>An active nurture rule of <paramref name="type"/>, stored as it is.</summary>
    public Guid SeededRule(NurtureRuleType type) => Seed(new Entity(NurtureRuleTable.LogicalName)
    {
        ["cjp_name"] = type + " rule",
        ["cjp_ruletype"] = Choices.ToOptionSetValue(type),
        ["cjp_assigneetype"] = Choices.ToOptionSetValue(AssigneeType.RelationshipPartner),
        ["cjp_tasksubject"] = type == NurtureRuleType.ReferralThanks ? "Thank {referrer.name} for referring {referred.name}" : "Check in with {account.name}",
        ["cjp_dueindays"] = 7,
        ["statecode"] = new OptionSetValue(0),
        ["statuscode"] = new OptionSetValue(1),
    });

    /// <summary>An open nurture task of <paramref name="ruleId"/> regarding the account.</summary>
    public Guid OpenNurtureTask(Guid accountId, Guid ruleId) => Seed(new Entity(Task.LogicalName)
    {
        ["subject"] = "Check in",
        ["regardingobjectid"] = new EntityReference(Plugins.Schema.Account.LogicalName, accountId),
        ["cjp_nurtureruleid"] = new EntityReference(NurtureRuleTable.LogicalName, ruleId),
        ["statecode"] = new OptionSetValue(0),
        ["statuscode"] = new OptionSetValue(2),
    });

    /// <summary>A completed phone call with the account, made yesterday, not yet saved.</summary>
    public static Entity CompletedPhoneCall(Guid accountId) => new(PhoneCall.LogicalName)
    {
        ["subject"] = "Catch-up",
        ["regardingobjectid"] = new EntityReference(Plugins.Schema.Account.LogicalName, accountId),
        ["statecode"] = new OptionSetValue(1),
        ["actualend"] = Now.AddDays(-1),
    };

    /// <summary>The listed columns of one row.</summary>
    public Entity Read(string table, Guid id, params string[] columns) => Org.Retrieve(table, id, new ColumnSet(columns));
}
