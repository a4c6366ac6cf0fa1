using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Targets;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Extract.Metadata;
using FiscalAudit.Extract.SelfEvaluation;

namespace FiscalAudit.Extract.Targets;

/// <summary>
/// The 绩效目标设置情况 sentence of a budget (“本单位编报绩效目标的项目共4个，涉及项目预算资金598.46万元。其中：中介机构服务费
/// 418.80万元，…”) and the references to forms published elsewhere (“详见单位的项目绩效目标表”). Justified PDF text
/// (“财 政 业 务 费 10.00 万 元”) is read without its spaces; every value is placed at its paragraph.
/// </summary>
internal static partial class TargetStatementReader
{
    [GeneratedRegex(@"^(?<name>[^，,；;、。:]+?)(?<amount>\d[\d,]*(?:\.\d+)?)万元$")]
    private static partial Regex ListedAmount();

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    private static partial Regex Number();

    public static TargetStatement? Statement(SourceDocument document, ProjectTargetVocabulary words)
    {
        var w = words.Statement;
        foreach (var (text, location) in DocumentText.Lines(document))
        {
            var key = EvaluationText.Compact(text);
            var at = key.IndexOf(w.Opening, StringComparison.Ordinal);
            if (at < 0) continue;
            var rest = key[(at + w.Opening.Length)..];
            var count = NumberAfter(rest, w.Count, "个", location) ?? NumberAfter(rest, string.Empty, "个", location);
            var total = NumberAfter(rest, w.Total, "万元", location);
            if (count is null && total is null) continue;
            return new TargetStatement(count, total, Listed(rest, w.List, location), location);
        }
        return null;
    }

    /// <summary>The lines that refer to forms published elsewhere; every line is searched, those read as table rows too.</summary>
    public static IEnumerable<SourceLocation> Referrals(SourceDocument document, ProjectTargetVocabulary words) =>
        document.Lines
            .Where(l => words.Referrals.Any(r => EvaluationText.Compact(l.Text).Contains(r, StringComparison.Ordinal)))
            .Select(l => l.Location);

    /// <summary>The number right after <paramref name="label"/> and before <paramref name="unit"/> (“共4个”, “资金598.46万元”).</summary>
    private static PlacedNumber? NumberAfter(string text, string label, string unit, SourceLocation location)
    {
        var at = label.Length == 0 ? 0 : text.IndexOf(label, StringComparison.Ordinal);
        if (at < 0) return null;
        var m = Number().Match(text, at + label.Length);
        if (!m.Success || m.Index != at + label.Length || !text.AsSpan(m.Index + m.Length).StartsWith(unit, StringComparison.Ordinal)) return null;
        return NumberText.Parse(m.Value) is PrintedNumber n ? new PlacedNumber(n, location) : null;
    }

    /// <summary>“其中：A418.80万元，B10.00万元。” → (A, 418.80), (B, 10.00): the list up to the end of its sentence.</summary>
    private static List<StatedProject> Listed(string text, string label, SourceLocation location)
    {
        var at = text.IndexOf(label, StringComparison.Ordinal);
        if (at < 0) return new List<StatedProject>();
        var list = text[(at + label.Length)..];
        var stop = list.IndexOf('。');
        if (stop >= 0) list = list[..stop];
        return list.Split('，', ',', '；', ';', '、')
            .Select(item => ListedAmount().Match(item))
            .Where(m => m.Success && NumberText.Parse(m.Groups["amount"].Value) is not null)
            .Select(m => new StatedProject(m.Groups["name"].Value, new PlacedNumber(NumberText.Parse(m.Groups["amount"].Value)!.Value, location)))
            .ToList();
    }
}
