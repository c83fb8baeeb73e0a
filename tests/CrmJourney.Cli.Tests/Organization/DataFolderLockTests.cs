using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CrmJourney.Cli.Organization;

namespace CrmJourney.Cli.Tests.Organization;

public sealed class DataFolderLockTests
{
    private static readonly DateTime _since = new(2026, 12, 4, 15, 20, 1, DateTimeKind.Utc);

    private static string DataFolderIn(TemporaryFolder folder)
    {
        var data = folder.Path("data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "account.csv"), "accountid\r\n");
        return data;
    }

    [Fact]
    public void A_second_writer_that_cannot_wait_is_refused_in_one_sentence_naming_the_holder()
    {
        using var folder = new TemporaryFolder();
        var data = DataFolderIn(folder);
        using var holder = DataFolderLock.Acquire(data, "data", "sweep", TimeSpan.Zero, () => _since);

        var refusal = Assert.Throws<CliFailure>(() => DataFolderLock.Acquire(data, "data", "generate", TimeSpan.Zero));

        Assert.Equal(ExitCodes.Failed, refusal.ExitCode);
        Assert.Equal(
            $"The data folder data is being written by another command (cjp sweep, pid {Environment.ProcessId}, since 2026-12-04 15:20:01 UTC); waited 0 s — run again once it has finished, or wait longer with --lock-wait SECONDS.",
            refusal.Message);
    }

    [Fact]
    public async Task A_waiting_writer_goes_on_once_the_holder_lets_go_and_finds_what_the_holder_wrote()
    {
        using var folder = new TemporaryFolder();
        var data = DataFolderIn(folder);
        var first = DataFolderLock.Acquire(data, "data", "sweep", TimeSpan.Zero);
        using var secondStarted = new ManualResetEventSlim();

        var second = Task.Run(() =>
        {
            secondStarted.Set();
            using var writer = DataFolderLock.Acquire(data, "data", "sweep", TimeSpan.FromSeconds(60));
            return File.ReadAllText(Path.Combine(data, "account.csv"));
        });
        secondStarted.Wait();
        File.WriteAllText(Path.Combine(data, "account.csv"), "accountid\r\nwritten by the first\r\n");
        first.Dispose();

        Assert.Equal("accountid\r\nwritten by the first\r\n", await second);
    }

    [Fact]
    public void A_lock_file_left_behind_with_no_holder_does_not_block()
    {
        using var folder = new TemporaryFolder();
        var data = DataFolderIn(folder);
        File.WriteAllText(folder.Path(".data.lock"), "cjp sweep, pid 999999, since 2026-01-01 00:00:00 UTC\n");

        using var writer = DataFolderLock.Acquire(data, "data", "sweep", TimeSpan.Zero);

        Assert.Contains($"pid {Environment.ProcessId}", File.ReadAllText(folder.Path(".data.lock-holder")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_lock_of_a_process_that_is_killed_is_released_by_the_operating_system()
    {
        using var folder = new TemporaryFolder();
        var data = DataFolderIn(folder);
        File.WriteAllText(folder.Path(".data.lock"), string.Empty);

        // flock(1) takes the same exclusive lock .NET takes for FileShare.None (-o: flock itself holds it, not sleep), then it is killed mid-way.
        using var crashing = Process.Start(new ProcessStartInfo("flock", new[] { "-x", "-o", folder.Path(".data.lock"), "sleep", "600" }))!;
        var held = false;
        for (var attempt = 0; attempt < 200 && !held; attempt++)
        {
            try
            {
                DataFolderLock.Acquire(data, "data", "sweep", TimeSpan.Zero).Dispose();
                Thread.Sleep(50);
            }
            catch (CliFailure)
            {
                held = true;
            }
        }

        Assert.True(held, "the flock process never took the lock");
        crashing.Kill();
        crashing.WaitForExit();

        using var writer = DataFolderLock.Acquire(data, "data", "sweep", TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_change_made_after_loading_is_refused_in_one_sentence_naming_the_file()
    {
        using var folder = new TemporaryFolder();
        var data = DataFolderIn(folder);
        using var writer = DataFolderLock.Acquire(data, "data", "sweep", TimeSpan.Zero);
        writer.RememberContents();
        writer.EnsureUnchanged();
        File.WriteAllText(Path.Combine(data, "contact.csv"), "contactid\r\n");

        var refusal = Assert.Throws<CliFailure>(writer.EnsureUnchanged);

        Assert.Equal("The data folder data changed after this command loaded it (contact.csv was changed, added or removed by something else); nothing was written — run the command again to work on the current data.", refusal.Message);
    }
}
