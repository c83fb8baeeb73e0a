using System.Collections.Generic;

namespace CrmJourney.Cli.Generation;

/// <summary>
/// The fixed vocabulary of the generated firm: its partners, its six service lines and the words its
/// client names are made of. Changing these changes every generated data set, so they are constants.
/// </summary>
internal static class FirmCatalog
{
    /// <summary>The eight partners (relationship and engagement partners).</summary>
    public static IReadOnlyList<string> Partners { get; } = new[]
    {
        "Amelia Hart", "Daniel Okafor", "Sofia Marin", "Lucas Weber", "Hannah Dubois", "Ravi Menon", "Elena Popescu", "Thomas Reid",
    };

    /// <summary>The service lines as (code, name, description).</summary>
    public static IReadOnlyList<(string Code, string Name, string Description)> ServiceLines { get; } = new[]
    {
        ("AUD", "Audit", "Statutory and voluntary audits"),
        ("TAX", "Tax advisory", "Corporate and international tax"),
        ("TRX", "Transaction services", "Due diligence and deal support"),
        ("RSK", "Risk & compliance", "Internal audit, controls and regulation"),
        ("TEC", "Technology consulting", "ERP, data and digital programmes"),
        ("PPL", "People & change", "Organisation design and change management"),
    };

    /// <summary>First parts of client names.</summary>
    public static IReadOnlyList<string> NameStems { get; } = new[]
    {
        "Alder", "Brook", "Cedar", "Delta", "Ember", "Fjord", "Granite", "Harbor", "Iris", "Juniper", "Kestrel", "Lumen",
        "Maple", "Northwind", "Onyx", "Pioneer", "Quarry", "Ridge", "Summit", "Tidal", "Umber", "Vale", "Willow", "Zenith",
    };

    /// <summary>Second parts of client names.</summary>
    public static IReadOnlyList<string> NameTrades { get; } = new[]
    {
        "Logistics", "Foods", "Pharma", "Capital", "Energy", "Retail", "Manufacturing", "Health", "Media", "Software",
        "Engineering", "Hotels", "Insurance", "Textiles", "Agritech", "Shipping",
    };

    /// <summary>Legal forms closing client names.</summary>
    public static IReadOnlyList<string> LegalForms { get; } = new[] { "Ltd", "SA", "GmbH", "plc", "BV", "SRL", "Group", "Holdings" };

    /// <summary>Contact first names.</summary>
    public static IReadOnlyList<string> FirstNames { get; } = new[]
    {
        "Ana", "Ben", "Chloé", "David", "Eva", "Felix", "Greta", "Hugo", "Ines", "Jonas", "Karin", "Liam", "Mara", "Nico", "Olga", "Pavel",
    };

    /// <summary>Contact last names.</summary>
    public static IReadOnlyList<string> LastNames { get; } = new[]
    {
        "Ionescu", "Martin", "Schmidt", "Rossi", "Novak", "Dupont", "Silva", "Jensen", "Kowalski", "Moreau", "Fischer", "Costa",
    };

    /// <summary>Why a client who drifted away is marked former (good experience: an advocate).</summary>
    public static IReadOnlyList<string> AdvocateReasons { get; } = new[]
    {
        "Sponsor retired", "No further need", "Acquired by a group with its own advisers", "Moved work in-house",
    };

    /// <summary>Why a client with a bad experience is marked former (a detractor).</summary>
    public static IReadOnlyList<string> DetractorReasons { get; } = new[]
    {
        "Unhappy with delivery", "Fee dispute", "Missed deadlines on the last engagement",
    };
}
