using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Tests.Kinds;

/// <summary>A file that is no disclosure (a read-me, a notice about disclosures) is of unknown kind and gets no error.</summary>
public class NotADisclosureTests
{
    private const string ReadMe = """
        # 部门预算公开文件样本

        本文件夹存放从区政府网站“预决算公开”专栏下载的部门预算和部门决算公开文件，供审核软件测试使用。

        ## 文件来源

        - 上海市普陀区人民政府网站，2025年3月下载；
        - 江苏省财政厅网站，2018年2月下载。

        ## 使用说明

        1. 文件名保留网站上的原名，请勿修改。
        2. 新增文件时，在本文件末尾登记来源和下载日期。
        3. 扫描件请先做文字识别，再放入本文件夹。
        """;

    private const string Notice = """
        关于做好2025年区级部门预算公开工作的通知

        各区级预算单位：
        根据《中华人民共和国预算法》和市财政局有关要求，现就做好2025年部门预算公开工作通知如下。
        一、公开范围
        除涉密部门外，使用财政拨款资金的部门和单位均应公开部门预算。
        二、公开内容
        公开内容包括部门主要职能、机构设置、名词解释、部门预算编制说明和收支预算总表等9张预算表。
        三、公开时间
        区人大批准预算后20日内，在区政府门户网站“预决算公开”专栏集中公开。
        联系人：张三，电话：12345678。

        某区财政局
        2025年1月20日
        """;

    [Theory]
    [InlineData("README.md", ReadMe)]
    [InlineData("关于做好部门预算公开工作的通知.txt", Notice)]
    public void It_is_of_unknown_kind_with_a_reason_and_no_error(string name, string text)
    {
        var result = KindTestKit.Audit(name, text);
        Assert.Equal(DocumentKind.Unknown, result.Disclosure!.Kind);
        Assert.False(string.IsNullOrEmpty(result.Disclosure.KindReason));
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
        Assert.Empty(result.Disclosure.Tables);
    }

    [Fact]
    public void A_notice_title_is_not_a_disclosure_title()
    {
        var reason = KindTestKit.Audit("notice.txt", Notice).Disclosure!.KindReason;
        Assert.Equal("未见部门决算、部门预算或绩效评价文件的标题、表名、情况说明标题、公开表号或评价用语", reason);
    }

    [Fact]
    public void A_title_alone_does_not_make_a_disclosure()
    {
        var reason = KindTestKit.Audit("README.md", ReadMe).Disclosure!.KindReason;
        Assert.Equal("未能判断：部门预算仅见标题“部门预算公开文件样本”，不足以确定文件类型", reason);
    }
}
