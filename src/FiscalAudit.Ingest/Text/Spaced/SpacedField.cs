using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Ingest.Text.Spaced;

/// <summary>
/// One field of a line laid out with spaces: its text and where it stands, counted both in characters
/// (<see cref="Start"/>, <see cref="End"/>) and in display columns (<see cref="WideStart"/>, <see cref="WideEnd"/>:
/// a full-width CJK character takes two), since a converter places text by one or the other.
/// </summary>
internal sealed record SpacedField(string Text, int Start, int End, int WideStart, int WideEnd)
{
    /// <summary>A figure or an empty mark (“-”, “—”, “/”): what fills an amount column.</summary>
    public bool IsFigure => NumberText.Parse(Text) is not null || (Text.Length <= 2 && NumberText.IsBlank(Text));

    /// <summary>A whole number without separators: a code, a line number or an amount, it may stand in a column of any kind.</summary>
    public bool IsWhole => Text.All(char.IsAsciiDigit);

    /// <summary>Start or end in the metric asked for.</summary>
    public int From(bool wide) => wide ? WideStart : Start;

    public int To(bool wide) => wide ? WideEnd : End;

    public int Centre(bool wide) => (From(wide) + To(wide)) / 2;
}
