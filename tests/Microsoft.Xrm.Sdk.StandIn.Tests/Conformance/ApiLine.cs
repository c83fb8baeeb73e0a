using System;

namespace Microsoft.Xrm.Sdk.StandIn.Tests.Conformance;

/// <summary>
/// One line of a public API listing, with the type it came from. Type lines keep the type so the
/// checker can tell which of its interfaces are the runtime's rather than the stand-in's.
/// </summary>
internal sealed record ApiLine(string Text, Type DeclaringType, bool IsTypeLine);
