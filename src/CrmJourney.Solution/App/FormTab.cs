using System.Collections.Generic;

namespace CrmJourney.Solution.App;

/// <summary>A tab of a form.</summary>
/// <param name="Name">The tab's name, unique in the form.</param>
/// <param name="Label">The tab's label.</param>
/// <param name="Sections">The sections, top to bottom.</param>
public sealed record FormTab(string Name, string Label, IReadOnlyList<FormSection> Sections);
