namespace Microsoft.Xrm.Sdk;

/// <summary>Pre- and post-images of a plugin step keyed by image name (this product always uses "PreImage" and "PostImage").</summary>
public sealed class EntityImageCollection : DataCollection<string, Entity>
{
}
