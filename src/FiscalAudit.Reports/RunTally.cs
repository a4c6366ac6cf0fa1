using FiscalAudit.Reports.Office;

namespace FiscalAudit.Reports;

/// <summary>Counts over a run, one document at a time: files, unreadable files, findings by severity (waived apart).</summary>
public sealed class RunTally
{
    public int Documents { get; private set; }

    public int Unreadable { get; private set; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Infos { get; private set; }

    public int Waived { get; private set; }

    public void Add(DocumentReport report)
    {
        var counts = DocumentSummary.Of(report);
        Documents++;
        if (counts.Unreadable) Unreadable++;
        Errors += counts.Errors;
        Warnings += counts.Warnings;
        Infos += counts.Infos;
        Waived += counts.Waived;
    }

    /// <summary>"共审核 3 个文件（无法读取 0 个）：错误 2 条，警告 1 条，提示 0 条。"</summary>
    public string Summary(int skipped)
    {
        var skippedText = skipped > 0 ? $"，未审核 {skipped} 个" : string.Empty;
        var waivedText = Waived > 0 ? $"，已忽略 {Waived} 条" : string.Empty;
        return $"共审核 {Documents} 个文件（无法读取 {Unreadable} 个{skippedText}）：错误 {Errors} 条，警告 {Warnings} 条，提示 {Infos} 条{waivedText}。";
    }
}
