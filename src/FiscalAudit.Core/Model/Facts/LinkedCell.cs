using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Core.Model.Facts;

/// <summary>The table cell a narrative fact restates.</summary>
public sealed record LinkedCell(FiscalTable Table, TableRow Row, string Column, PrintedNumber Number, SourceLocation Location);
