using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Office.RoundTrip;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Issue 12 class 2: template residue left as a value of a self-evaluation form's head (项目名称 | XX项目, 主管部门 | （请填写）,
/// 实施单位 | ××) in two tab-separated forms and a Markdown form, and in the same forms written to .docx and .xlsx: each is
/// reported once, at its cell — a placeholder by FA3011, a drafting instruction by FA3016; the forms as published give neither.
/// </summary>
public class HeadCellResidueTests
{
    public static TheoryData<string, string, string, string> Forms { get; } = new()
    {
        { "anhui-tab.txt", "城乡居民基本医疗保险参保补助项目", "合肥市蜀山区医疗保障局", "合肥市蜀山区医疗保障服务中心" },
        { "gansu-markdown.md", "城关区中小学校舍维修改造项目", "兰州市城关区教育局", "兰州市城关区教育基建服务中心" },
        { "chongqing-office.txt", "社区居家养老服务中心运营补助", "重庆市渝北区民政局", "重庆市渝北区养老服务指导中心" },
    };

    public static TheoryData<string, string, string, string, string> FormsInFormats { get; } = WithFormats();

    private static TheoryData<string, string, string, string, string> WithFormats()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var format in new[] { "txt", "docx", "xlsx" })
        {
            foreach (var row in Forms) data.Add((string)row[0], (string)row[1], (string)row[2], (string)row[3], format);
        }
        return data;
    }

    private static readonly string[] ResidueRules = ["FA3011", "FA3016"];

    [Theory]
    [MemberData(nameof(FormsInFormats))]
    public void The_published_form_has_no_residue(string form, string project, string supervisor, string implementer, string format)
    {
        _ = (project, supervisor, implementer);
        Assert.Empty(Residue(form, format));
    }

    [Theory]
    [MemberData(nameof(FormsInFormats))]
    public void An_instruction_left_as_the_supervisor_is_one_FA3016_at_its_cell(string form, string project, string supervisor, string implementer, string format)
    {
        _ = (project, implementer);
        var f = Assert.Single(Residue(form, format, (supervisor, "（请填写）")));
        Assert.Equal("FA3016", f.RuleId);
        Assert.Contains("（请填写）", f.Message, StringComparison.Ordinal);
        AssertAtCellOf(form, format, supervisor, f);
    }

    [Theory]
    [MemberData(nameof(FormsInFormats))]
    public void A_placeholder_project_name_and_unit_are_one_FA3011_each(string form, string project, string supervisor, string implementer, string format)
    {
        _ = supervisor;
        var found = Residue(form, format, (project, "XX项目"), (implementer, "××"));
        Assert.Equal(["FA3011", "FA3011"], found.Select(f => f.RuleId));
        Assert.Single(found, f => f.Message.Contains("“XX”", StringComparison.Ordinal));
        Assert.Single(found, f => f.Message.Contains("“××”", StringComparison.Ordinal));
        AssertAtCellOf(form, format, implementer, found.Single(f => f.Message.Contains("“××”", StringComparison.Ordinal)));
    }

    /// <summary>An instruction and a placeholder in one cell are one finding there: the placeholder's.</summary>
    [Theory]
    [MemberData(nameof(Forms))]
    public void A_cell_with_a_placeholder_and_an_instruction_is_one_finding(string form, string project, string supervisor, string implementer)
    {
        _ = (project, implementer);
        var f = Assert.Single(Residue(form, "txt", (supervisor, "××局（请填写全称）")));
        Assert.Equal("FA3011", f.RuleId);
    }

    /// <summary>A form's own bracketed words are no instruction (“项目资金（万元）”, “执行率” …): checked by the published forms above; a head value with a plain bracket neither.</summary>
    [Theory]
    [MemberData(nameof(Forms))]
    public void A_value_with_a_plain_bracket_is_no_residue(string form, string project, string supervisor, string implementer)
    {
        _ = (project, implementer);
        Assert.Empty(Residue(form, "txt", (supervisor, supervisor + "（本级）")));
    }

    /// <summary>Only head values are read for instructions: a 偏差原因 cell left “（请填写）” is FA4009's when points are lost, else nothing.</summary>
    [Fact]
    public void An_instruction_in_a_reason_cell_is_not_head_residue()
    {
        Assert.Empty(Residue("anhui-tab.txt", "txt", ("与民政部门数据共享尚未实时对接，下一步推进系统对接。", "（请填写）")));
        Assert.Empty(Residue("anhui-tab.txt", "txt", ("≥90%\t93.5%\t5\t5\t", "≥90%\t93.5%\t5\t5\t（请填写偏差原因）")));
    }

    private static List<Finding> Residue(string form, string format, params (string From, string To)[] edits)
    {
        var text = Edited(Text(form, "ProvinceForms"), edits.Select(e => (e.From, e.To)));
        var result = format == "txt" ? Audit(form, text) : new Auditor().Audit(Path.ChangeExtension(form, format), Office(form, text, format));
        Assert.NotEmpty(result.Disclosure!.Evaluations.Projects);
        return result.Findings.Where(f => ResidueRules.Contains(f.RuleId)).ToList();
    }

    private static byte[] Office(string form, string text, string format)
    {
        var document = new PlainTextReader().Read(form, Encoding.UTF8.GetBytes(text));
        return format == "docx" ? WordRoundTripWriter.Write(document) : ExcelRoundTripWriter.Write(document);
    }

    /// <summary>In a text form the finding stands on the line of the edited cell; in an Office copy, at a table cell.</summary>
    private static void AssertAtCellOf(string form, string format, string original, Finding f)
    {
        if (format == "txt") Assert.Equal(LineOf(form, original, "ProvinceForms"), f.Location.Line);
        else Assert.True(f.Location.Line is not null || f.Location.Row is not null, $"{f.Location}");
    }
}
