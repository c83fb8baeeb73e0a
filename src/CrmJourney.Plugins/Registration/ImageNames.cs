namespace CrmJourney.Plugins.Registration;

/// <summary>
/// The entity image names every step of this product uses, so plugins read
/// <c>PreEntityImages[ImageNames.PreImage]</c> without knowing the step that registered them.
/// </summary>
public static class ImageNames
{
    /// <summary>The record's columns before the operation.</summary>
    public const string PreImage = "PreImage";

    /// <summary>The record's columns after the operation.</summary>
    public const string PostImage = "PostImage";
}
