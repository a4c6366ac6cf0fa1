using FiscalAudit.Core.Text;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// An ordinal scale of result words, best first (优 › 良 › 中 › 差; 长期稳定 › 较稳定 › 不稳定), each rank with the words
/// printed for it (reference-scoring.json, wordScales). A cell stands on the scale only when its whole text, white space
/// and punctuation dropped, is one of the words: “优” is a grade, “优化流程” is not.
/// </summary>
public sealed record WordScale(string Name, IReadOnlyList<IReadOnlyList<string>> Ranks)
{
    /// <summary>The rank of a cell (0 the best), or null when the cell is not one of the scale's words.</summary>
    public int? RankOf(string text)
    {
        var key = LettersOf(text);
        for (var rank = 0; rank < Ranks.Count; rank++)
            if (Ranks[rank].Contains(key, StringComparer.Ordinal)) return rank;
        return null;
    }

    /// <summary>True when both cells stand on this scale and the actual's rank is below the target's (target 优, actual 良).</summary>
    public bool RanksBelow(string target, string actual) => RankOf(target) is int t && RankOf(actual) is int a && a > t;

    /// <summary>The letters and digits of a text: white space and punctuation dropped (“无。” → “无”).</summary>
    public static string LettersOf(string text) => new(Spaceless.Of(text).Where(char.IsLetterOrDigit).ToArray());
}
