using System.Text.RegularExpressions;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Formulas;

/// <summary>
/// How a formula names one row: digits are a classification code (<c>208</c>), a Chinese ordinal is the
/// printed numbering (<c>八</c> matches “八、其他收入”), anything else a row label compared by its
/// normalised key (a trailing bracketed remark on the printed label is allowed).
/// </summary>
public sealed partial record RowPattern(string Text)
{
    private string Key { get; } = RowKeys.Normalize(Text);

    public bool Matches(TableRow row)
    {
        if (Digits().IsMatch(Text)) return row.Code == Text;
        if (Ordinal().IsMatch(Text)) return row.Name.StartsWith(Text + "、", StringComparison.Ordinal);
        return row.HasKey(Key);
    }

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[一二三四五六七八九十]+$")]
    private static partial Regex Ordinal();
}
