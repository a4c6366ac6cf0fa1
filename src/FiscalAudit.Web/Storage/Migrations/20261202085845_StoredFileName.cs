using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FiscalAudit.Web.Storage.Migrations
{
    /// <inheritdoc />
    public partial class StoredFileName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "StoredFiles",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            // Bytes stored before this migration take the name of their first upload.
            migrationBuilder.Sql(
                "UPDATE \"StoredFiles\" SET \"Name\" = (SELECT d.\"File\" FROM \"Documents\" d WHERE d.\"Hash\" = \"StoredFiles\".\"Hash\" ORDER BY d.\"Id\" LIMIT 1) " +
                "WHERE EXISTS (SELECT 1 FROM \"Documents\" d WHERE d.\"Hash\" = \"StoredFiles\".\"Hash\")");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Name",
                table: "StoredFiles");
        }
    }
}
