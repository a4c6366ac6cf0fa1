using FiscalAudit.Core.Data;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Ingest;

/// <summary>The names of a table's panels set as a one-cell row over them (<see cref="TableSides.Panels"/>): “人员经费”, “公用经费”.</summary>
internal static class TablePanelNames
{
    /// <summary>True when <paramref name="text"/>, its spaces left out, names a panel.</summary>
    public static bool Is(string text) => TableSides.Panels.Contains(Spaceless.Of(text));
}
