using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: the weighing of which department a document is and FA3014 compare names by one list of forms (Core's
/// department-name-forms.json). A cover printing the full name and table headers printing the short one (or the other way round)
/// are one department and one weight, heavier than a header copied from another department as often as either form alone.
/// </summary>
public class DepartmentAliasEvidenceTests
{
    private static List<string> Others(string text) => Findings(text, "FA3014").Select(f => (string)f.Actual!).ToList();

    private static string Header(string label) => $"收入支出预算总表\n\n{label}\n\n本年收入合计199.52万元。\n\n";

    [Theory]
    [InlineData("中国人民政治协商会议江苏省委员会办公厅", "编制单位：江苏省政协办公厅")]
    [InlineData("江苏省政协办公厅", "部门：中国人民政治协商会议江苏省委员会办公厅")]
    [InlineData("江苏省人大常委会办公厅", "编制部门：江苏省人大办公厅")]
    [InlineData("江苏省人大办公厅", "编制单位：江苏省人民代表大会常务委员会办公厅")]
    [InlineData("中共沁阳市委组织部", "部门：沁阳市委组织部")]
    [InlineData("中国共产党江苏省委员会办公厅", "编制单位：江苏省委办公厅")]
    [InlineData("江苏省人民检察院", "单位名称：江苏省检察院")]
    public void A_cover_and_headers_printing_two_forms_of_one_name_are_one_department(string cover, string header)
    {
        var text = $"{cover}\n\n2017年部门预算\n\n" + Header(header) + Header(header);
        Assert.Equal(cover, FromText(text).Department);
        Assert.Empty(Others(text));
    }

    [Theory]
    [InlineData("中国人民政治协商会议江苏省委员会办公厅", "编制单位：江苏省政协办公厅", "编制单位：江苏省人大办公厅", "江苏省人大办公厅")]
    [InlineData("江苏省人大办公厅", "部门：江苏省人大常委会办公厅", "部门：江苏省政协办公厅", "江苏省政协办公厅")]
    [InlineData("中共沁阳市委组织部", "编制单位：沁阳市委组织部", "编制单位：中共沁阳市委宣传部", "中共沁阳市委宣传部")]
    public void The_forms_of_one_name_together_outweigh_a_header_copied_from_another_department(string cover, string alias, string copied, string other)
    {
        var text = $"{cover}\n\n2017年部门预算\n\n" + Header(copied) + Header(copied) + Header(alias) + Header(alias);
        Assert.Equal(cover, FromText(text).Department);
        Assert.Equal(new[] { other, other }, Others(text));
    }

    [Theory]
    [InlineData("中国人民政治协商会议江苏省委员会办公厅", "编制单位：江苏省委办公厅", "江苏省委办公厅")]
    [InlineData("江苏省人民检察院", "单位名称：江苏省高级人民法院", "江苏省高级人民法院")]
    [InlineData("江苏省人大常委会办公厅", "部门：江苏省政协办公厅", "江苏省政协办公厅")]
    public void A_header_naming_another_department_is_still_reported(string cover, string header, string other)
    {
        var text = $"{cover}\n\n2017年部门预算\n\n" + Header($"部门：{cover}") + Header(header);
        Assert.Equal(cover, FromText(text).Department);
        Assert.Equal(new[] { other }, Others(text));
    }
}
