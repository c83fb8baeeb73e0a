namespace CrmJourney.Solution.Preview;

/// <summary>A page of the preview: its file name inside the output folder and its HTML.</summary>
/// <param name="FileName">The file name (no folder), e.g. <c>index.html</c>.</param>
/// <param name="Title">The page's title.</param>
/// <param name="Html">The whole document.</param>
public sealed record PreviewPage(string FileName, string Title, string Html);
