namespace System.Runtime.CompilerServices;

/// <summary>Lets the compiler emit init-only setters and records for netstandard2.0 and net462.</summary>
internal static class IsExternalInit
{
}
