using System.Globalization;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>Collects one plug-in execution's trace lines; the organization files them in its trace log.</summary>
internal sealed class LocalTracingService : ITracingService
{
    private readonly StringBuilder _text = new();

    public string Text => _text.ToString();

    public void Trace(string format, params object[] args)
    {
        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        _text.Append(args == null || args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args));
    }
}
