using System.Net;
using FiscalAudit.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>A store as an engine update leaves it — its results made by an earlier engine version — and the pages' 用当前版本重新审核.</summary>
public static class EarlierEngine
{
    public const string Version = "0.9.0+earlier";

    /// <summary>Marks every stored result as made by the earlier engine; <paramref name="errors"/>, when given, is the error count it reported (on the documents too).</summary>
    public static async Task MarkAsync(TestStore store, int expectedResults, int? errors = null)
    {
        await using var db = store.Open();
        Assert.Equal(expectedResults, await db.CheckResults.ExecuteUpdateAsync(s => s.SetProperty(r => r.EngineVersion, Version)));
        if (errors is int count)
        {
            await db.CheckResults.ExecuteUpdateAsync(s => s.SetProperty(r => r.Errors, count));
            await db.Documents.ExecuteUpdateAsync(s => s.SetProperty(d => d.Errors, count));
        }
    }

    /// <summary>Clicks 用当前版本重新审核 on <paramref name="page"/> (a batch's or a document's) and expects the redirect back to it.</summary>
    public static async Task RecheckAsync(HttpClient client, string page)
    {
        var response = await PageForms.PostAsync(client, page, $"{page}?handler=Recheck", new Dictionary<string, string>());
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
