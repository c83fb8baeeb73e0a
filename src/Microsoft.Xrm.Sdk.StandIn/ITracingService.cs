namespace Microsoft.Xrm.Sdk;

/// <summary>The plugin trace log: lines appear in the plugin trace log and in the error details of a failed step.</summary>
public interface ITracingService
{
    /// <summary>Writes one line, formatted like <see cref="string.Format(string, object[])"/>.</summary>
    void Trace(string format, params object[] args);
}
