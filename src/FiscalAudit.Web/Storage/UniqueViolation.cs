using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FiscalAudit.Web.Storage;

/// <summary>Whether a save was refused because a unique index already holds the values — on SQLite or on PostgreSQL.</summary>
public static class UniqueViolation
{
    /// <summary>SQLITE_CONSTRAINT_UNIQUE: the extended result code of a unique index refusing a row.</summary>
    private const int SqliteUnique = 2067;

    public static bool Caused(DbUpdateException e) => e.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteUnique,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
