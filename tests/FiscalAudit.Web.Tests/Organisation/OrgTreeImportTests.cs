using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FiscalAudit.Web.Application.Organisation;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Organisation;

/// <summary>Importing the organisation tree from CSV (UTF-8 with/without BOM, GBK) and XLSX: all rows or none, problems in Chinese with file and row.</summary>
public sealed class OrgTreeImportTests
{
    private const string Good = "编码,名称,上级编码,别名\r\nP01,上海市普陀区财政局,,普陀区财政局；区财政局\r\nP0101,上海市普陀区财政局机关,P01,财政局机关、局机关\r\nP02,上海市普陀区商务委员会,,\"普陀商务委;区商委\"\r\n";

    public static TheoryData<string, byte[]> GoodFiles => new()
    {
        { "组织机构.csv", OrgFiles.Csv(Good) },
        { "无BOM.csv", OrgFiles.Csv(Good, bom: false) },
        { "GBK.csv", OrgFiles.GbkCsv(Good) },
        {
            "组织机构.xlsx", OrgFiles.Xlsx(["编码", "名称", "上级编码", "别名"], ["P01", "上海市普陀区财政局", "", "普陀区财政局；区财政局"],
                ["P0101", "上海市普陀区财政局机关", "P01", "财政局机关、局机关"], ["P02", "上海市普陀区商务委员会", "", "普陀商务委;区商委"])
        },
    };

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public async Task A_good_file_builds_the_tree_with_parents_and_aliases(string name, byte[] content)
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        var outcome = await ImportAsync(app.Services, name, content);
        Assert.Empty(outcome.Problems);
        Assert.Equal((3, 0), (outcome.Added, outcome.Updated));

        await using var scope = app.Services.CreateAsyncScope();
        var tree = await scope.ServiceProvider.GetRequiredService<OrgTree>().ListAsync(CancellationToken.None);
        Assert.Equal(["P01", "P0101", "P02"], tree.Select(n => n.Code));
        Assert.Equal([0, 1, 0], tree.Select(n => n.Depth));
        Assert.Equal("P01", tree[1].ParentCode);
        Assert.Equal(["普陀区财政局", "区财政局"], tree[0].Aliases);
        Assert.Equal(["财政局机关", "局机关"], tree[1].Aliases);
        Assert.Equal(["普陀商务委", "区商委"], tree[2].Aliases);
    }

    [Fact]
    public async Task Importing_again_updates_the_units_by_code()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        Assert.Empty((await ImportAsync(app.Services, "a.csv", OrgFiles.Csv(Good))).Problems);
        var again = await ImportAsync(app.Services, "b.csv", OrgFiles.Csv("编码,名称,上级编码,别名\nP02,上海市普陀区商务委,P01,\nP03,新单位,P02,"));
        Assert.Equal((1, 1, 0), (again.Added, again.Updated, again.Problems.Count));
        await using var scope = app.Services.CreateAsyncScope();
        var tree = await scope.ServiceProvider.GetRequiredService<OrgTree>().ListAsync(CancellationToken.None);
        Assert.Equal(["P01", "P0101", "P02", "P03"], tree.Select(n => n.Code));
        Assert.Equal([0, 1, 1, 2], tree.Select(n => n.Depth));
        Assert.Equal("上海市普陀区商务委", tree[2].Name);
        Assert.Empty(tree[2].Aliases);
    }

    [Fact]
    public async Task Bad_rows_are_named_in_chinese_and_nothing_is_imported()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        var bad = "编码,名称,上级编码,别名\nP01,上海市普陀区财政局,,\n,无编码的单位,P01,\nP01,重复编码,,\nP05,,P01,\nP06,上级不存在,P99,\nP07,自己是上级,P07,\n";
        var outcome = await ImportAsync(app.Services, "有问题的组织机构.csv", OrgFiles.Csv(bad));
        Assert.Equal(
        [
            "文件“有问题的组织机构.csv”第 3 行：缺少编码。",
            "文件“有问题的组织机构.csv”第 4 行：编码“P01”与第 2 行重复。",
            "文件“有问题的组织机构.csv”第 5 行：缺少名称。",
            "文件“有问题的组织机构.csv”第 6 行：上级编码“P99”在文件和现有组织机构中都不存在。",
            "文件“有问题的组织机构.csv”第 7 行：上级编码不能是本单位自己的编码。",
        ], outcome.Problems);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<AuditDbContext>().OrgUnits.CountAsync());
    }

    [Theory]
    [InlineData("循环.csv", "编码,名称,上级编码\nA,甲,B\nB,乙,A\n", "第 2 行：编码“A”的上级关系形成循环")]
    [InlineData("表头.csv", "代码,单位名称\nA,甲\n", "第 1 行：表头须含“编码”和“名称”两列")]
    [InlineData("空.csv", "", "是空的")]
    [InlineData("只有表头.csv", "编码,名称\n", "只有表头")]
    [InlineData("单位.txt", "编码,名称\nA,甲\n", "不是 .csv 或 .xlsx 文件")]
    [InlineData("坏.xlsx", "这不是 Excel", "不是有效的 Excel 工作簿")]
    public async Task Unusable_files_are_refused_with_the_reason(string name, string text, string problem)
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        var outcome = await ImportAsync(app.Services, name, OrgFiles.Csv(text, bom: false));
        Assert.Contains(problem, Assert.Single(outcome.Problems));
        Assert.StartsWith($"文件“{name}”", outcome.Problems[0]);
    }

    [Fact]
    public async Task Administrators_import_through_the_api_and_reviewers_may_not()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var admin = app.SignedInClient();
        var answer = await admin.PostAsync("/api/org/import", FileForm("组织机构.xlsx", OrgFiles.Xlsx(["编码", "名称"], ["A", "甲局"], [], ["B", ""])));
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("文件“组织机构.xlsx”第 4 行：缺少名称。", JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());

        answer = await admin.PostAsync("/api/org/import", FileForm("组织机构.csv", OrgFiles.Csv(Good)));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(3, JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("added").GetInt32());

        await TestAccounts.CreateAsync(app.Services, "审核员", FiscalAudit.Web.Application.Accounts.Roles.Reviewer);
        using var reviewer = app.SignedInClient("审核员", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsync("/api/org/import", FileForm("组织机构.csv", OrgFiles.Csv(Good)))).StatusCode);
        Assert.Equal(3, (await WebApi.GetAsync(reviewer, "/api/org")).GetProperty("units").GetArrayLength());
    }

    [Fact]
    public async Task Administrators_edit_a_unit_but_never_make_a_cycle()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        Assert.Empty((await ImportAsync(app.Services, "a.csv", OrgFiles.Csv(Good))).Problems);
        await using var scope = app.Services.CreateAsyncScope();
        var tree = scope.ServiceProvider.GetRequiredService<OrgTree>();
        var nodes = (await tree.ListAsync(CancellationToken.None)).ToDictionary(n => n.Code);

        Assert.Equal(["“上海市普陀区财政局机关”是“上海市普陀区财政局”本身或其下级，不能作为上级。"],
            await tree.UpdateAsync(nodes["P01"].Id, "上海市普陀区财政局", "", "P0101", CancellationToken.None));
        Assert.Equal(["上级编码“P99”不存在。"], await tree.UpdateAsync(nodes["P02"].Id, "商务委", "", "P99", CancellationToken.None));
        Assert.Equal(["请填写名称。"], await tree.UpdateAsync(nodes["P02"].Id, " ", "", "", CancellationToken.None));

        Assert.Empty(await tree.UpdateAsync(nodes["P02"].Id, " 上海市普陀区商务委 ", "商务委、 区商委 ；商务委", "P01", CancellationToken.None));
        var edited = (await tree.ListAsync(CancellationToken.None)).Single(n => n.Code == "P02");
        Assert.Equal(("上海市普陀区商务委", "P01", 1), (edited.Name, edited.ParentCode, edited.Depth));
        Assert.Equal(["商务委", "区商委"], edited.Aliases);
    }

    public static MultipartFormDataContent FileForm(string name, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    public static async Task<ImportOutcome> ImportAsync(IServiceProvider services, string name, byte[] content)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrgTreeImport>().ImportAsync(name, content, CancellationToken.None);
    }
}
