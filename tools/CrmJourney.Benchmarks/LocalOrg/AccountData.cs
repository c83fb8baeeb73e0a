using System;
using CrmJourney.LocalOrg;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmJourney.Benchmarks.LocalOrg;

/// <summary>
/// The benchmark data: accounts with a name, a number, a city and an industry code that repeats every
/// 10,000 rows, so an Equal on one industry code matches exactly rows / 10,000 accounts (100 of 1,000,000).
/// </summary>
public static class AccountData
{
    /// <summary>Distinct industry codes; each matches rows / IndustryCodes accounts.</summary>
    public const int IndustryCodes = 10_000;

    /// <summary>An organization with the standard tables and a fixed clock.</summary>
    public static LocalOrganization NewOrganization() =>
        LocalOrganization.CreateBuilder().UseStandardTables().UseClock(() => new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc)).Build();

    /// <summary>The i-th account.</summary>
    public static Entity Account(int index) => new("account")
    {
        ["name"] = "Account " + index,
        ["accountnumber"] = "A" + index,
        ["address1_city"] = "City " + (index % 100),
        ["industrycode"] = new OptionSetValue(index % IndustryCodes),
        ["numberofemployees"] = index % 500,
    };

    /// <summary>Inserts the accounts one Create request at a time, as a plug-in-heavy client would.</summary>
    public static void InsertOneByOne(LocalOrganization org, int count)
    {
        for (var index = 0; index < count; index++)
        {
            org.Execute(new CreateRequest { Target = Account(index) });
        }
    }
}
