using System.Collections.Generic;
using CrmJourney.LocalOrg.Fetch;

namespace CrmJourney.LocalOrg.Tests.Fetch;

/// <summary>The tables the FetchXML tests query, with the kinds of their columns (the shipped schema's names).</summary>
internal sealed class FetchTestMetadata : IFetchMetadata
{
    private static readonly Dictionary<string, (string PrimaryId, Dictionary<string, FetchValueKind> Columns)> _tables = new()
    {
        ["account"] = ("accountid", new()
        {
            ["accountid"] = FetchValueKind.Guid,
            ["name"] = FetchValueKind.String,
            ["statecode"] = FetchValueKind.Choice,
            ["createdon"] = FetchValueKind.DateTime,
            ["revenue"] = FetchValueKind.Money,
            ["creditonhold"] = FetchValueKind.Boolean,
            ["exchangerate"] = FetchValueKind.Decimal,
            ["address1_latitude"] = FetchValueKind.Double,
            ["primarycontactid"] = FetchValueKind.Lookup,
            ["parentaccountid"] = FetchValueKind.Lookup,
            ["ownerid"] = FetchValueKind.Lookup,
            ["cjp_journeystage"] = FetchValueKind.Choice,
            ["cjp_stageenteredon"] = FetchValueKind.DateTime,
            ["cjp_formersentiment"] = FetchValueKind.Choice,
            ["cjp_relationshippartnerid"] = FetchValueKind.Lookup,
            ["cjp_tier"] = FetchValueKind.Choice,
            ["cjp_lasttouchpointon"] = FetchValueKind.DateTime,
            ["cjp_firstengagementon"] = FetchValueKind.DateTime,
            ["cjp_lasttouchpointchannel"] = FetchValueKind.Choice,
            ["cjp_touchpointcount"] = FetchValueKind.Integer,
            ["cjp_lastengagementendedon"] = FetchValueKind.DateTime,
            ["cjp_completedengagementcount"] = FetchValueKind.Integer,
            ["cjp_servicelinecount"] = FetchValueKind.Integer,
            ["cjp_referralcount"] = FetchValueKind.Integer,
            ["cjp_lastreferralon"] = FetchValueKind.DateTime,
        }),
        ["contact"] = ("contactid", new()
        {
            ["contactid"] = FetchValueKind.Guid,
            ["fullname"] = FetchValueKind.String,
            ["parentcustomerid"] = FetchValueKind.Lookup,
        }),
        ["systemuser"] = ("systemuserid", new()
        {
            ["systemuserid"] = FetchValueKind.Guid,
            ["fullname"] = FetchValueKind.String,
        }),
        ["team"] = ("teamid", new()
        {
            ["teamid"] = FetchValueKind.Guid,
            ["name"] = FetchValueKind.String,
        }),
        ["teammembership"] = ("teammembershipid", new()
        {
            ["teammembershipid"] = FetchValueKind.Guid,
            ["systemuserid"] = FetchValueKind.Guid,
            ["teamid"] = FetchValueKind.Guid,
        }),
        ["task"] = ("activityid", new()
        {
            ["activityid"] = FetchValueKind.Guid,
            ["subject"] = FetchValueKind.String,
            ["regardingobjectid"] = FetchValueKind.Lookup,
            ["cjp_nurtureruleid"] = FetchValueKind.Lookup,
            ["ownerid"] = FetchValueKind.Lookup,
            ["scheduledend"] = FetchValueKind.DateTime,
            ["prioritycode"] = FetchValueKind.Choice,
            ["statecode"] = FetchValueKind.Choice,
        }),
        ["cjp_stagetransition"] = ("cjp_stagetransitionid", new()
        {
            ["cjp_stagetransitionid"] = FetchValueKind.Guid,
            ["cjp_name"] = FetchValueKind.String,
            ["cjp_accountid"] = FetchValueKind.Lookup,
            ["cjp_fromstage"] = FetchValueKind.Choice,
            ["cjp_tostage"] = FetchValueKind.Choice,
            ["cjp_transitionedon"] = FetchValueKind.DateTime,
            ["cjp_trigger"] = FetchValueKind.Choice,
            ["cjp_daysinpreviousstage"] = FetchValueKind.Integer,
            ["cjp_byuserid"] = FetchValueKind.Lookup,
        }),
        ["cjp_engagement"] = ("cjp_engagementid", new()
        {
            ["cjp_engagementid"] = FetchValueKind.Guid,
            ["cjp_name"] = FetchValueKind.String,
            ["cjp_accountid"] = FetchValueKind.Lookup,
            ["cjp_servicelineid"] = FetchValueKind.Lookup,
            ["cjp_status"] = FetchValueKind.Choice,
            ["cjp_value"] = FetchValueKind.Money,
            ["cjp_satisfaction"] = FetchValueKind.Integer,
            ["cjp_startedon"] = FetchValueKind.DateTime,
            ["cjp_endedon"] = FetchValueKind.DateTime,
        }),
        ["cjp_serviceline"] = ("cjp_servicelineid", new()
        {
            ["cjp_servicelineid"] = FetchValueKind.Guid,
            ["cjp_name"] = FetchValueKind.String,
            ["cjp_code"] = FetchValueKind.String,
        }),
        ["cjp_nurturerule"] = ("cjp_nurtureruleid", new()
        {
            ["cjp_nurtureruleid"] = FetchValueKind.Guid,
            ["cjp_name"] = FetchValueKind.String,
            ["cjp_stages"] = FetchValueKind.MultiChoice,
            ["cjp_thresholddays"] = FetchValueKind.Integer,
            ["cjp_sendemail"] = FetchValueKind.Boolean,
        }),
    };

    public static readonly FetchTestMetadata Instance = new();

    public string? GetPrimaryIdColumn(string table) => _tables.TryGetValue(table, out var t) ? t.PrimaryId : null;

    public FetchValueKind? GetValueKind(string table, string column) =>
        _tables.TryGetValue(table, out var t) && t.Columns.TryGetValue(column, out var kind) ? kind : null;
}
