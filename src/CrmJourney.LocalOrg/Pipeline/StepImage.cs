using System;
using System.Collections.Generic;

namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>
/// An entity image a step asks for: its name (the key in Pre/PostEntityImages; "PreImage" and
/// "PostImage" by convention), its type, and the columns it carries (empty = all columns, as in
/// Dataverse, which is why the product always lists them).
/// </summary>
public sealed class StepImage
{
    /// <summary>Creates an image definition.</summary>
    public StepImage(string name, StepImageType type, params string[] columns)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("An image needs a name (e.g. \"PreImage\").", nameof(name));
        }

        Name = name;
        Type = type;
        Columns = columns;
    }

    /// <summary>The image's key in the context's image collection.</summary>
    public string Name { get; }

    /// <summary>Pre, post or both.</summary>
    public StepImageType Type { get; }

    /// <summary>The image's columns; empty means every column.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>True when the image is a pre-image.</summary>
    public bool IsPre => Type is StepImageType.PreImage or StepImageType.Both;

    /// <summary>True when the image is a post-image.</summary>
    public bool IsPost => Type is StepImageType.PostImage or StepImageType.Both;
}
