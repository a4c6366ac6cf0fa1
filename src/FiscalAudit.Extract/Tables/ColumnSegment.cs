namespace FiscalAudit.Extract.Tables;

/// <summary>
/// A run of columns that describes one row: label columns (code parts, name, 行次) followed by value
/// columns. Two-sided and panelled tables have several segments side by side.
/// </summary>
public sealed class ColumnSegment
{
    public List<ColumnSlot> Slots { get; } = new();

    public string? Side => Slots.Select(s => s.Side).FirstOrDefault(s => s is not null);

    public IEnumerable<ColumnSlot> Values => Slots.Where(s => s.Role == ColumnRole.Value);

    public ColumnSlot? Of(ColumnRole role) => Slots.FirstOrDefault(s => s.Role == role);

    public int First => Slots[0].Index;

    public int Last => Slots[^1].Index;

    /// <summary>Groups slots into segments: a label column after value columns, or a new side, starts a new one.</summary>
    public static List<ColumnSegment> Split(IEnumerable<ColumnSlot> slots)
    {
        var segments = new List<ColumnSegment>();
        ColumnSegment? current = null;
        foreach (var slot in slots)
        {
            if (slot.Role == ColumnRole.Unknown) continue;
            var isLabel = slot.Role is not ColumnRole.Value;
            var startsNew = current is null
                || (isLabel && current.Values.Any())
                || (slot.Side is not null && current.Side is not null && slot.Side != current.Side);
            if (startsNew)
            {
                current = new ColumnSegment();
                segments.Add(current);
            }
            current!.Slots.Add(slot);
        }
        return segments;
    }
}
