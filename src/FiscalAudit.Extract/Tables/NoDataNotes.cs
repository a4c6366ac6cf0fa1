namespace FiscalAudit.Extract.Tables;

/// <summary>Recognises the printed explanation that a table is empty ("…故本表无数据", "本表为空表").</summary>
public static class NoDataNotes
{
    public static bool IsNoDataNote(string text)
    {
        var t = HeaderText.Normalize(text);
        return t.Contains("无数据", StringComparison.Ordinal) || t.Contains("为空表", StringComparison.Ordinal)
            || t.Contains("本表为空", StringComparison.Ordinal) || t.Contains("无此项", StringComparison.Ordinal)
            || (t.Contains("本表", StringComparison.Ordinal) && (t.Contains("没有", StringComparison.Ordinal) || t.Contains("无相关", StringComparison.Ordinal)));
    }
}
