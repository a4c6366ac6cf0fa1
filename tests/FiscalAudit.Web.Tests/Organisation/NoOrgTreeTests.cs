using System.Net;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Organisation;

/// <summary>
/// Before any 部门/单位 is imported, 归属确认 (every checked document “未匹配”, a drop-down with nothing to choose) and 覆盖台账
/// (an empty table) say why and what to do; once the tree is imported they no longer do.
/// </summary>
public sealed class NoOrgTreeTests
{
    private const string Notice = "尚未导入组织机构：文件无法归属到部门/单位";

    [Fact]
    public async Task Attribution_and_coverage_say_the_tree_is_missing_until_it_is_imported()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var api = app.SignedInClient();
        await WebApi.DoneAsync(api, await WebApi.UploadBatchAsync(api, (CorrectedExample.Name, CorrectedExample.Original)));

        var attribution = await api.GetStringAsync("/attribution");
        Assert.Contains(Notice, attribution);
        Assert.Contains("待确认归属的文件（1 份）", attribution);
        Assert.Contains(Notice, await api.GetStringAsync("/coverage?year=2023"));

        var tree = "编码,名称,上级编码,别名\nS01,示例市示例管理局,,\n";
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/org/import", OrgTreeImportTests.FileForm("组织机构.csv", OrgFiles.Csv(tree)))).StatusCode);
        Assert.DoesNotContain(Notice, await api.GetStringAsync("/attribution"));
        var coverage = await api.GetStringAsync("/coverage?year=2023");
        Assert.DoesNotContain(Notice, coverage);
        Assert.Contains("示例市示例管理局", coverage);
    }
}
