using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FiscalAudit.Web.Storage.Migrations
{
    /// <inheritdoc />
    public partial class UniqueVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Two corrections uploaded at the same moment could share a number: each line that has such a pair is
            // numbered again in upload order (by id), 第 2 版 first. The new number reads only ids, which this
            // statement does not change, so it is the same on SQLite and PostgreSQL.
            migrationBuilder.Sql(
                "UPDATE \"Documents\" SET \"Version\" = 2 + (SELECT COUNT(*) FROM \"Documents\" e " +
                "WHERE e.\"VersionOf\" = \"Documents\".\"VersionOf\" AND e.\"Id\" < \"Documents\".\"Id\") " +
                "WHERE \"VersionOf\" IN (SELECT \"VersionOf\" FROM \"Documents\" WHERE \"VersionOf\" IS NOT NULL " +
                "GROUP BY \"VersionOf\" HAVING COUNT(*) <> COUNT(DISTINCT \"Version\"))");

            migrationBuilder.DropIndex(
                name: "IX_Documents_VersionOf",
                table: "Documents");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_VersionOf_Version",
                table: "Documents",
                columns: new[] { "VersionOf", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Documents_VersionOf_Version",
                table: "Documents");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_VersionOf",
                table: "Documents",
                column: "VersionOf");
        }
    }
}
