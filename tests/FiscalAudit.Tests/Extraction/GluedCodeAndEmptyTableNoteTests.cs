using FiscalAudit.Extract.Tables;

namespace FiscalAudit.Tests.Extraction;

/// <summary>
/// A 项目 cell that prints a classification code glued to its name (云南 “20805行政事业单位养老支出”, the space lost in conversion) is
/// read as that code and name, whatever the code's length; a name that only starts with digits is no code. The notes provinces print
/// under an empty table (福建 “此表为空。”) explain it; a note that says nothing about the table being empty does not.
/// </summary>
public class GluedCodeAndEmptyTableNoteTests
{
    [Theory]
    [InlineData("201一般公共服务支出", "201", "一般公共服务支出")]
    [InlineData("20805行政事业单位养老支出", "20805", "行政事业单位养老支出")]
    [InlineData("2010306政务公开审批", "2010306", "政务公开审批")]
    [InlineData("2080505 机关事业单位基本养老保险缴费支出", "2080505", "机关事业单位基本养老保险缴费支出")]
    [InlineData("30226劳务费", "30226", "劳务费")]
    public void A_code_glued_to_its_name_is_split_at_its_full_length(string cell, string code, string name) =>
        Assert.Equal((code, name), CodeText.SplitLeading(cell));

    [Theory]
    [InlineData("2020年度支出")]
    [InlineData("201920年度结转")]
    [InlineData("一般公共服务支出")]
    [InlineData("20805")]
    public void A_name_that_only_starts_with_digits_is_no_code(string cell) => Assert.Null(CodeText.SplitLeading(cell));

    [Theory]
    [InlineData("备注：本单位2020年度无政府性基金预算财政拨款收支，此表为空。")]
    [InlineData("说明：本部门没有国有资本经营预算财政拨款支出，该表为空。")]
    [InlineData("说明：我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。")]
    [InlineData("注：本表没有政府性基金预算财政拨款收支。")]
    public void A_note_that_the_table_is_empty_explains_it(string note) => Assert.True(NoDataNotes.IsNoDataNote(note));

    [Theory]
    [InlineData("注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。")]
    [InlineData("备注：此表金额单位为万元。")]
    public void A_note_about_anything_else_does_not(string note) => Assert.False(NoDataNotes.IsNoDataNote(note));
}
