using System.Collections.Generic;

namespace CrmJourney.Solution.App;

/// <summary>A labelled section of a tab, one cell per row.</summary>
/// <param name="Name">The section's name, unique in the form; scripts show and hide sections by it.</param>
/// <param name="Label">What the user reads above the section.</param>
/// <param name="Cells">The cells, top to bottom.</param>
public sealed record FormSection(string Name, string Label, IReadOnlyList<FormCell> Cells);
