using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Ingest.Text.Spaced;

/// <summary>One field of a line laid out with spaces: its text and where it stands (<see cref="SpacedExtent"/>).</summary>
internal sealed record SpacedField(string Text, int Start, int End, int WideStart, int WideEnd) : SpacedExtent(Start, End, WideStart, WideEnd)
{
    /// <summary>A figure or an empty mark (“-”, “—”, “/”): what fills an amount column.</summary>
    public bool IsFigure => NumberText.Parse(Text) is not null || (Text.Length <= 2 && NumberText.IsBlank(Text));

    /// <summary>A whole number without separators: a code, a line number or an amount, it may stand in a column of any kind.</summary>
    public bool IsWhole => Text.All(char.IsAsciiDigit);
}
