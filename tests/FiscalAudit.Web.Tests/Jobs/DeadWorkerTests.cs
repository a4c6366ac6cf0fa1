using FiscalAudit.Tests.Support;
using FiscalAudit.Web.Storage.Entities;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Jobs;

/// <summary>
/// Two --worker-only processes on PostgreSQL; the first is killed in the middle of a check. Another
/// takes the job up after the invisibility timeout, and every document ends checked exactly once
/// with the command line's finding ids.
/// </summary>
public sealed class DeadWorkerTests
{
    private static readonly Dictionary<string, string> Worker = new()
    {
        ["FiscalAudit__Workers"] = "1",
        ["FiscalAudit__InvisibilityTimeout"] = "00:00:10",
    };

    [PostgresFact(NeedsShared = true)]
    public async Task A_killed_workers_check_is_finished_by_another_once()
    {
        await using var store = await TestStore.PostgresAsync();
        await using var web = new WebAppFactory(store, new Dictionary<string, string> { ["FiscalAudit:Workers"] = "0" });
        var pdfs = new[] { "上海市普陀区财政局2024年度部门决算.pdf", "24年普陀区财政局（测试问题版本）.pdf" }.Select(Repo.Corpus).ToList();
        var batch = await Checks.IntakeAsync(web.Services, pdfs.Select(p => Checks.File(p)).ToArray());

        using (var doomed = AppProcess.Worker(store, Worker))
        {
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (!(await Checks.DocumentsAsync(web.Services, batch)).Any(d => d.Status == DocumentStatus.Running))
            {
                Assert.True(DateTime.UtcNow < deadline, "no check started: " + doomed.Output);
                await Task.Delay(50);
            }
            doomed.Kill();
        }
        Assert.Contains(await Checks.DocumentsAsync(web.Services, batch), d => !d.Status.IsFinished());

        using var survivor = AppProcess.Worker(store, Worker);
        var documents = await Checks.FinishedAsync(web.Services, batch, seconds: 150);

        Assert.All(documents, d => Assert.Equal(DocumentStatus.Done, d.Status));
        var results = await Checks.ResultsAsync(web.Services);
        Assert.Equal(pdfs.Count, results.Count);
        Assert.Equal(pdfs.Count, results.Select(r => r.Hash).Distinct().Count());
        foreach (var (path, document) in pdfs.Zip(documents))
        {
            var stored = results.Single(r => r.Hash == document.Hash);
            Assert.Equal(CliFindings.Ids(path), CliFindings.Ids(System.Text.Json.JsonDocument.Parse(stored.DocumentJson).RootElement));
        }
    }
}
