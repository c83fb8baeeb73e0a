namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>Which entity images a step registers, as Dataverse's sdkmessageprocessingstepimage.imagetype.</summary>
public enum StepImageType
{
    /// <summary>0: the row before the operation.</summary>
    PreImage = 0,

    /// <summary>1: the row after the operation (PostOperation only).</summary>
    PostImage = 1,

    /// <summary>2: both.</summary>
    Both = 2,
}
