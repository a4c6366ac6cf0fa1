using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Kinds;

/// <summary>The signals that tell a budget's level, in the order a reason lists them: on the cover a title and a label compete by position.</summary>
public enum LevelSignal
{
    Title,
    Label,
    Heading,
}

/// <summary>One line saying whose budget a document is: the level it points to, the signal, the words as printed, where, and whether on the cover (the first title lines).</summary>
public sealed record LevelEvidence(BudgetLevel Level, LevelSignal Signal, string Text, SourceLocation Location, bool OnCover)
{
    /// <summary>“署名“预算单位：上海市普陀区商务委员会””.</summary>
    public string Describe() => $"{Label(Signal)}“{Text}”";

    private static string Label(LevelSignal signal) => signal switch
    {
        LevelSignal.Title => "标题",
        LevelSignal.Label => "署名",
        _ => "表名或章节标题",
    };
}
