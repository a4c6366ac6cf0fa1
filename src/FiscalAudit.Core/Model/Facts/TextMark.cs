using FiscalAudit.Core.Documents;

namespace FiscalAudit.Core.Model.Facts;

/// <summary>What a <see cref="TextMark"/> is.</summary>
public enum TextMarkKind
{
    /// <summary>A year named as the reporting year; <see cref="TextMark.Value"/> is the year.</summary>
    ReportingYear,

    /// <summary>
    /// The year-end date of a year, “截至2023年12月31日”; <see cref="TextMark.Value"/> is its year: the reporting year of a 决算,
    /// the year before a 预算's (assets are counted at the end of the year the budget is drawn up in).
    /// </summary>
    YearEnd,

    /// <summary>“XX”, “××”, “某某” left in the text.</summary>
    Placeholder,

    /// <summary>A unit printed twice (“万元万元”, “%%”).</summary>
    DoubledUnit,

    /// <summary>A rate printed without its “%” (“完成预算的94.00，”).</summary>
    RateWithoutPercent,

    /// <summary>An organisation named in a title, heading, “部门：” line or as the subject of “X是县政府工作部门”; <see cref="TextMark.Text"/> is the name.</summary>
    DepartmentName,

    /// <summary>
    /// An organisation named as the unit that filled a form in (“填报单位：…”); <see cref="TextMark.Text"/> is the name: the
    /// department's, or that of a unit carrying out one of its projects (a form's 实施单位).
    /// </summary>
    FillingUnitName,

    /// <summary>An organisation named as the unit carrying a project out (“实施单位：…”); <see cref="TextMark.Text"/> is the name, never checked against the department.</summary>
    ImplementerName,

    /// <summary>
    /// An organisation named as the department owning a project, in a form's “主管部门 | …” cell; <see cref="TextMark.Text"/> is the name:
    /// the department's, or — on a unit's own form, carried out by the document's unit — its parent's.
    /// </summary>
    SupervisorName,

    /// <summary>
    /// An organisation the 机构设置 section names as one of the department's own units (“所属单位包括：沁阳市财政投资评审中心…”);
    /// <see cref="TextMark.Text"/> is the name, never checked against the department: a label or form naming it is the department's own.
    /// </summary>
    OwnUnitName,

    /// <summary>
    /// A body the text states shares the department's office or whose name it bears (“与区民族宗教事务局合署办公”, “加挂南宁市青秀区文物局牌子”);
    /// <see cref="TextMark.Text"/> is its name, <see cref="TextMark.Context"/> the body it is the other name of as the statement names it
    /// (“区委统战部” of “区委统战部与区民族宗教事务局合署办公”), empty where the statement is the department's about itself (“本局加挂…牌子”).
    /// Never checked against the department: a header naming it is the department's own when that body is the department.
    /// </summary>
    SharedOfficeName,

    /// <summary>Both alternatives of the template kept: “增加（减少）”, “下降（增长）12.5%”.</summary>
    UnresolvedAlternative,

    /// <summary>A drafting instruction of the template left in: “（如有…请说明）”, “仍保留该表格式…”.</summary>
    DraftingInstruction,

    /// <summary>A sentence that stops where the template wanted text: “主要原因是。”.</summary>
    UnfinishedSentence,

    /// <summary>
    /// A 科目 cited with its level, “卫生健康支出（类）”: <see cref="TextMark.Text"/> is the name as printed,
    /// <see cref="TextMark.Value"/> the level (1 类, 2 款, 3 项).
    /// </summary>
    ClassificationName,

    /// <summary>
    /// What a statement compares with, “比2024年预算执行数增加”: <see cref="TextMark.Text"/> is the base as printed
    /// (“2024年预算执行数”), <see cref="TextMark.Value"/> the year it names (null for 上年).
    /// </summary>
    ComparisonBase,
}

/// <summary>A piece of text worth a look, with the sentence around it and its line.</summary>
public sealed record TextMark(TextMarkKind Kind, string Text, string Context, SourceLocation Location, int? Value = null);
