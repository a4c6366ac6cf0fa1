using FiscalAudit.Core.Documents;

namespace FiscalAudit.Tests.Support;

/// <summary>The captions a document prints over each table — “部门：…”, the year, “金额单位：…” — which a sheet or an Excel print sets on one line.</summary>
public static class CaptionLine
{
    /// <summary>The three captions from block <paramref name="i"/> on; null when they do not start there.</summary>
    public static string[]? At(IReadOnlyList<Block> blocks, int i)
    {
        var texts = blocks.Skip(i).Take(3).Select(b => (b as ParagraphBlock)?.Text ?? string.Empty).ToArray();
        return texts.Length == 3 && texts[0].StartsWith("部门：", StringComparison.Ordinal) && texts[2].Contains("单位：", StringComparison.Ordinal) ? texts : null;
    }
}
