using System;

namespace CrmJourney.Solution;

/// <summary>A file the generators produce: its path relative to the unpacked folder ('/' separators) and its text.</summary>
public sealed record GeneratedFile
{
    /// <summary>A generated file.</summary>
    public GeneratedFile(string relativePath, string content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        ArgumentNullException.ThrowIfNull(content);
        RelativePath = relativePath;
        Content = content;
    }

    /// <summary>The path relative to the unpacked folder.</summary>
    public string RelativePath { get; }

    /// <summary>The file's text (UTF-8 when written).</summary>
    public string Content { get; }
}
