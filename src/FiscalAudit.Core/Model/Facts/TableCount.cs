using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Core.Model.Facts;

/// <summary>
/// A count printed in a table row under its money rows (江西's turned 表七: “公务用车保有量（辆） | 2 | 2”), read under the 决算数 column:
/// <see cref="Item"/> is the item it counts (“公务用车保有量”), <see cref="Row"/> and <see cref="Column"/> as printed.
/// </summary>
public sealed record TableCount(string Item, PrintedNumber Number, string Row, string Column, SourceLocation Location);
