using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.Organisation;

/// <summary>One unit as the tree shows it: its depth (0 for a 部门), its parent's code and its aliases.</summary>
public sealed record OrgTreeNode(long Id, string Code, string Name, int Depth, string? ParentCode, IReadOnlyList<string> Aliases);

/// <summary>The organisation tree in display order (each 部门 followed by its 单位), and the administrator's edits and deletions of one unit.</summary>
public sealed class OrgTree(AuditDbContext db, ICheckScheduler scheduler)
{
    public async Task<IReadOnlyList<OrgTreeNode>> ListAsync(CancellationToken cancellation)
    {
        var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Code).ToListAsync(cancellation);
        var byId = units.ToDictionary(u => u.Id);
        var children = units.ToLookup(u => u.ParentId is { } p && byId.ContainsKey(p) ? p : (long?)null);
        var nodes = new List<OrgTreeNode>();
        void Walk(long? parent, int depth)
        {
            foreach (var unit in children[parent])
            {
                nodes.Add(new OrgTreeNode(unit.Id, unit.Code, unit.Name, depth, parent is { } p ? byId[p].Code : null, UnitNames.SplitAliases(unit.Aliases)));
                Walk(unit.Id, depth + 1);
            }
        }
        Walk(null, 0);
        return nodes;
    }

    /// <summary>
    /// Changes a unit's name, aliases and parent (by code; empty for a 部门). Empty when saved. Checked documents are
    /// attributed again, and those that came to a unit are paired with its other years.
    /// </summary>
    public async Task<IReadOnlyList<string>> UpdateAsync(long id, string? name, string? aliases, string? parentCode, CancellationToken cancellation)
    {
        if (await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == id, cancellation) is not { } unit) return [$"没有编号为 {id} 的部门/单位。"];
        var newName = name?.Trim() ?? "";
        var aliasList = UnitNames.SplitAliases(aliases);
        if (newName.Length == 0) return ["请填写名称。"];
        if (newName.Length > OrgTreeImport.MaxName) return [$"名称最多 {OrgTreeImport.MaxName} 个字符。"];
        if (UnitNames.JoinAliases(aliasList).Length > OrgTreeImport.MaxAliases) return [$"别名合计最多 {OrgTreeImport.MaxAliases} 个字符。"];
        long? parentId = null;
        if (!string.IsNullOrWhiteSpace(parentCode))
        {
            var code = parentCode.Trim();
            if (await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Code == code, cancellation) is not { } parent) return [$"上级编码“{code}”不存在。"];
            if (await IsWithinAsync(parent.Id, unit.Id, cancellation)) return [$"“{parent.Name}”是“{unit.Name}”本身或其下级，不能作为上级。"];
            parentId = parent.Id;
        }
        unit.Name = newName;
        unit.Aliases = UnitNames.JoinAliases(aliasList);
        unit.ParentId = parentId;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await db.SaveChangesAsync(cancellation);
        var moved = await Attributions.RefreshAsync(db, cancellation);
        await db.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
        Attributions.QueuePairing(scheduler, moved);
        return [];
    }

    /// <summary>
    /// Deletes a unit nothing depends on; refused, with what depends on it, while it has 单位 under it,
    /// accounts, batches uploaded for it or documents attributed to it (its coverage and its users'
    /// access would silently change). Returns the problems (empty when deleted) and the unit's name.
    /// </summary>
    public async Task<(IReadOnlyList<string> Problems, string? Name)> DeleteAsync(long id, CancellationToken cancellation)
    {
        if (await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == id, cancellation) is not { } unit) return ([$"没有编号为 {id} 的部门/单位。"], null);
        var problems = new List<string>();
        void Count(int n, string what)
        {
            if (n > 0) problems.Add($"“{unit.Name}”下还有 {n} {what}，不能删除。");
        }
        Count(await db.OrgUnits.CountAsync(u => u.ParentId == id, cancellation), "个下级单位：请先删除它们或改到其他部门下");
        Count(await db.Users.CountAsync(a => a.OrgUnitId == id, cancellation), "个部门用户账号：请先把账号改到其他部门/单位或停用");
        Count(await db.Documents.CountAsync(d => d.OrgUnitId == id, cancellation), "份归属于它的文件：请先把这些文件改归其他部门/单位");
        Count(await db.Batches.CountAsync(b => b.OrgUnitId == id, cancellation), "个由它的用户上传的批次");
        if (problems.Count > 0) return (problems, unit.Name);
        db.OrgUnits.Remove(unit);
        try
        {
            await db.SaveChangesAsync(cancellation);
        }
        catch (DbUpdateException)
        {
            // Something came to depend on it at the same moment (a document attributed, an account created).
            return ([$"“{unit.Name}”刚刚有文件或账号归属于它，未删除，请刷新后重试。"], unit.Name);
        }
        return ([], unit.Name);
    }

    /// <summary>True when <paramref name="candidate"/> is <paramref name="unit"/> or below it.</summary>
    private async Task<bool> IsWithinAsync(long candidate, long unit, CancellationToken cancellation)
    {
        var parents = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ParentId, cancellation);
        var seen = new HashSet<long>();
        for (long? at = candidate; at is { } id && seen.Add(id); at = parents.GetValueOrDefault(id))
            if (id == unit) return true;
        return false;
    }
}
