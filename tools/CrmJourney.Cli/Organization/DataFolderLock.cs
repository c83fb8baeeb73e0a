using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace CrmJourney.Cli.Organization;

/// <summary>
/// One writer at a time for a data folder (or data.zip): every command that loads, changes and writes
/// back a data folder holds this lock for the whole load-modify-write, and checks before writing that
/// nothing else changed the folder since it loaded it. Reading commands do not take it.
/// </summary>
/// <remarks>
/// <para>The lock is a sibling file <c>.&lt;name&gt;.lock</c> opened with <see cref="FileShare.None"/>, holding
/// the holder's command, process id and start time. The operating system releases the handle when the
/// process ends, however it ends, so a lock file left behind by a crashed command never blocks: only an
/// open handle does. The file is never deleted (deleting it would let two writers lock two different
/// files under one name). Because a locked file cannot be read, the holder also writes its description
/// to <c>.&lt;name&gt;.lock-holder</c>, which a waiting writer reads to name it.</para>
/// <para>A second writer retries for a bounded time (<see cref="DefaultWait"/>, or --lock-wait) and then
/// refuses in one sentence naming the holder. The lock sits next to the folder, not in it, because a
/// write replaces the folder as a whole.</para>
/// <para>The fingerprint (each file's path, size and last-write time) taken after loading is compared
/// before writing, so a change made by anything that does not take the lock (an editor, a copy) is never
/// overwritten.</para>
/// </remarks>
public sealed class DataFolderLock : IDisposable
{
    /// <summary>How long a second writer waits by default.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan _retryEvery = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _handle;
    private readonly string _target;
    private readonly string _shownAs;
    private string? _fingerprint;

    private DataFolderLock(FileStream handle, string target, string shownAs)
    {
        _handle = handle;
        _target = target;
        _shownAs = shownAs;
    }

    /// <summary>
    /// Takes the lock on <paramref name="target"/> for <paramref name="command"/>, waiting up to
    /// <paramref name="wait"/> for another writer to finish; throws a <see cref="CliFailure"/> naming the
    /// holder when it does not. <paramref name="clock"/> gives the start time recorded (the machine's by default).
    /// </summary>
    public static DataFolderLock Acquire(string target, string shownAs, string command, TimeSpan wait, Func<DateTime>? clock = null)
    {
        var full = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(full) ?? throw new IOException($"{full} has no parent folder to hold its lock.");
        Directory.CreateDirectory(parent);
        var lockPath = Path.Combine(parent, $".{Path.GetFileName(full)}.lock");
        var holderPath = lockPath + "-holder";
        var waited = Stopwatch.StartNew();
        while (true)
        {
            FileStream handle;
            try
            {
                handle = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < wait)
            {
                Thread.Sleep(_retryEvery);
                continue;
            }
            catch (IOException)
            {
                throw CliFailure.Failed(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The data folder {shownAs} is being written by another command ({Holder(holderPath)}); waited {wait.TotalSeconds:0.#} s — run again once it has finished, or wait longer with --lock-wait SECONDS."));
            }

            var since = (clock ?? (() => DateTime.UtcNow))().ToUniversalTime();
            var holder = string.Create(CultureInfo.InvariantCulture, $"cjp {command}, pid {Environment.ProcessId}, since {since:yyyy-MM-dd HH:mm:ss} UTC");
            var bytes = Encoding.UTF8.GetBytes(holder + "\n");
            handle.SetLength(0);
            handle.Write(bytes);
            handle.Flush();
            File.WriteAllText(holderPath, holder);
            return new DataFolderLock(handle, full, shownAs);
        }
    }

    /// <summary>Records the folder's files as they are now: call it right after loading (and after each write).</summary>
    public void RememberContents() => _fingerprint = Fingerprint(_target);

    /// <summary>Throws a <see cref="CliFailure"/> (nothing written) when the folder changed since <see cref="RememberContents"/>.</summary>
    public void EnsureUnchanged()
    {
        if (_fingerprint == null)
        {
            return;
        }

        var now = Fingerprint(_target);
        if (now == _fingerprint)
        {
            return;
        }

        var before = _fingerprint.Split('\n').ToHashSet(StringComparer.Ordinal);
        var after = now.Split('\n').ToHashSet(StringComparer.Ordinal);
        var changed = after.Except(before).Concat(before.Except(after))
            .Select(line => line.Split('|')[0]).Where(name => name.Length > 0).Order(StringComparer.Ordinal).FirstOrDefault() ?? Path.GetFileName(_target);
        throw CliFailure.Failed($"The data folder {_shownAs} changed after this command loaded it ({changed} was changed, added or removed by something else); nothing was written — run the command again to work on the current data.");
    }

    /// <inheritdoc />
    public void Dispose() => _handle.Dispose();

    private static string Holder(string holderPath)
    {
        try
        {
            return File.ReadAllText(holderPath).Trim();
        }
        catch (IOException)
        {
            return "another cjp command";
        }
    }

    /// <summary>Each file's relative path, size and last-write time, one per line in path order.</summary>
    private static string Fingerprint(string target)
    {
        if (File.Exists(target))
        {
            var file = new FileInfo(target);
            return Line(file.Name, file);
        }

        if (!Directory.Exists(target))
        {
            return string.Empty;
        }

        var lines = new List<string>();
        foreach (var path in Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            lines.Add(Line(Path.GetRelativePath(target, path), new FileInfo(path)));
        }

        return string.Join('\n', lines);
    }

    private static string Line(string name, FileInfo file) =>
        string.Create(CultureInfo.InvariantCulture, $"{name}|{file.Length}|{file.LastWriteTimeUtc.Ticks}");
}
