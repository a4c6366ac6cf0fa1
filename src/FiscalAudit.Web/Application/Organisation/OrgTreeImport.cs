using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.Organisation;

/// <summary>What an import did, or why it did nothing.</summary>
public sealed record ImportOutcome(int Added, int Updated, IReadOnlyList<string> Problems);

/// <summary>
/// Imports an organisation-tree file: new codes are added, known codes get the file's name, parent and
/// aliases. Every row is checked first (code and name present and not too long, codes unique, parent
/// known, no cycle); one problem and nothing is imported. Checked documents are then attributed again, and those
/// that came to a unit are paired with its other years.
/// </summary>
public sealed class OrgTreeImport(AuditDbContext db, ICheckScheduler scheduler)
{
    public const int MaxCode = 64;
    public const int MaxName = 200;
    public const int MaxAliases = 2000;

    public async Task<ImportOutcome> ImportAsync(string fileName, byte[] content, CancellationToken cancellation)
    {
        var (rows, problems) = OrgTreeFile.Read(fileName, content);
        if (problems.Count > 0) return new ImportOutcome(0, 0, problems);
        if (rows.Count == 0) return new ImportOutcome(0, 0, [$"文件“{fileName}”只有表头，没有部门或单位。"]);
        var existing = await db.OrgUnits.ToDictionaryAsync(u => u.Code, cancellation);
        var found = Validate(fileName, rows, existing);
        if (found.Count > 0) return new ImportOutcome(0, 0, found);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var (added, updated) = (0, 0);
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Code, out var unit))
            {
                unit = new OrgUnit { Code = row.Code };
                db.OrgUnits.Add(unit);
                existing[row.Code] = unit;
                added++;
            }
            else updated++;
            unit.Name = row.Name;
            unit.Aliases = UnitNames.JoinAliases(row.Aliases);
            unit.ParentId = null;
        }
        await db.SaveChangesAsync(cancellation);
        foreach (var row in rows) existing[row.Code].ParentId = row.ParentCode.Length == 0 ? null : existing[row.ParentCode].Id;
        await db.SaveChangesAsync(cancellation);
        var moved = await Attributions.RefreshAsync(db, cancellation);
        await db.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
        Attributions.QueuePairing(scheduler, moved);
        return new ImportOutcome(added, updated, []);
    }

    private static List<string> Validate(string fileName, IReadOnlyList<OrgTreeRow> rows, IReadOnlyDictionary<string, OrgUnit> existing)
    {
        var problems = new List<string>();
        void Problem(OrgTreeRow row, string text) => problems.Add($"文件“{fileName}”第 {row.Row} 行：{text}");
        var firstRow = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            if (row.Code.Length == 0) Problem(row, $"缺少{OrgTreeFile.CodeHeader}。");
            else if (row.Code.Length > MaxCode) Problem(row, $"编码“{row.Code}”超过 {MaxCode} 个字符。");
            else if (firstRow.TryGetValue(row.Code, out var first)) Problem(row, $"编码“{row.Code}”与第 {first} 行重复。");
            else firstRow[row.Code] = row.Row;
            if (row.Name.Length == 0) Problem(row, $"缺少{OrgTreeFile.NameHeader}。");
            else if (row.Name.Length > MaxName) Problem(row, $"名称超过 {MaxName} 个字符。");
            if (UnitNames.JoinAliases(row.Aliases).Length > MaxAliases) Problem(row, $"别名合计超过 {MaxAliases} 个字符。");
            if (row.ParentCode.Length > 0 && row.ParentCode == row.Code) Problem(row, "上级编码不能是本单位自己的编码。");
            else if (row.ParentCode.Length > 0 && !firstRow.ContainsKey(row.ParentCode) && rows.All(r => r.Code != row.ParentCode) && !existing.ContainsKey(row.ParentCode))
                Problem(row, $"上级编码“{row.ParentCode}”在文件和现有组织机构中都不存在。");
        }
        if (problems.Count == 0) problems.AddRange(Cycles(fileName, rows, existing));
        return problems;
    }

    /// <summary>Rows whose parents, followed upwards (the file first, then the stored tree), come back to them; each cycle named once.</summary>
    private static IEnumerable<string> Cycles(string fileName, IReadOnlyList<OrgTreeRow> rows, IReadOnlyDictionary<string, OrgUnit> existing)
    {
        var parentOf = existing.Values.ToDictionary(u => u.Code, u => existing.Values.FirstOrDefault(p => p.Id == u.ParentId)?.Code);
        foreach (var row in rows) parentOf[row.Code] = row.ParentCode.Length == 0 ? null : row.ParentCode;
        var reported = new HashSet<string>();
        foreach (var row in rows.Where(r => !reported.Contains(r.Code)))
        {
            var seen = new HashSet<string> { row.Code };
            for (var code = parentOf[row.Code]; code is not null; code = parentOf.GetValueOrDefault(code))
            {
                if (!seen.Add(code))
                {
                    reported.UnionWith(seen);
                    yield return $"文件“{fileName}”第 {row.Row} 行：编码“{row.Code}”的上级关系形成循环（{string.Join(" → ", seen)} → {code}）。";
                    break;
                }
            }
        }
    }
}
