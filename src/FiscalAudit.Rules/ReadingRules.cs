using FiscalAudit.Core.Findings;

namespace FiscalAudit.Rules;

/// <summary>Descriptors of findings produced while reading, not by a rule class.</summary>
public static class ReadingRules
{
    public static readonly RuleDescriptor Unreadable = new(
        "FA0001", "文件无法读取", Severity.Error, RuleCategories.Reading,
        "文件不存在、为空、已损坏、加密、格式不支持或为无文字层的扫描件，无法审核。");

    public static readonly RuleDescriptor ReadNote = new(
        "FA0002", "读取说明", Severity.Info, RuleCategories.Reading,
        "读取或识别时遇到的情况（编码猜测、无法识别的表格行等），提示审核人员留意。");

    public static readonly RuleDescriptor InternalError = new(
        "FA0003", "程序内部错误", Severity.Error, RuleCategories.Reading,
        "审核某个文件时程序自身出错，该文件未完成审核；其他文件不受影响。");

    public static readonly RuleDescriptor TimedOut = new(
        "FA0005", "审核超时", Severity.Error, RuleCategories.Reading,
        "审核单个文件超过时间上限（网页版默认 5 分钟），已停止；该文件未完成审核，其他文件不受影响。");

    public static IReadOnlyList<RuleDescriptor> All { get; } = new[] { Unreadable, ReadNote, InternalError, TimedOut };
}
