using FiscalAudit.Core.Findings;

namespace FiscalAudit.Rules;

/// <summary>Descriptors of findings produced while reading, not by a rule class.</summary>
public static class ReadingRules
{
    public static readonly RuleDescriptor Unreadable = new(
        "FA0001", "文件无法读取", Severity.Error, RuleCategories.Reading,
        "文件打不开或没有文字层时，说明原因，本文件未审核。");

    public static readonly RuleDescriptor ReadNote = new(
        "FA0002", "读取说明", Severity.Info, RuleCategories.Reading,
        "列出读取时的编码猜测、未识别的表格行等情况。");

    public static readonly RuleDescriptor InternalError = new(
        "FA0003", "程序内部错误", Severity.Error, RuleCategories.Reading,
        "程序自身出错时说明本文件未完成审核。");

    public static readonly RuleDescriptor TimedOut = new(
        "FA0005", "审核超时", Severity.Error, RuleCategories.Reading,
        "单个文件审核超过时间上限时停止，并说明未完成。");

    public static IReadOnlyList<RuleDescriptor> All { get; } = new[] { Unreadable, ReadNote, InternalError, TimedOut };
}
