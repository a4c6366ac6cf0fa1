using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FiscalAudit.Web.Storage.Migrations
{
    /// <inheritdoc />
    public partial class TemplateFlag : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsTemplate",
                table: "CheckResults",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsTemplate",
                table: "Documents",
                nullable: false,
                defaultValue: false);

            // Results stored before the column: their JSON says whether the document is a blank template.
            migrationBuilder.Sql(
                """
                UPDATE "CheckResults" SET "IsTemplate" = TRUE
                WHERE "DocumentJson" LIKE '%"template": true%' OR "DocumentJson" LIKE '%"template":true%'
                """);
            migrationBuilder.Sql(
                """
                UPDATE "Documents" SET "IsTemplate" = TRUE
                WHERE EXISTS (SELECT 1 FROM "CheckResults" r WHERE r."Hash" = "Documents"."Hash" AND r."IsTemplate" = TRUE)
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsTemplate",
                table: "CheckResults");

            migrationBuilder.DropColumn(
                name: "IsTemplate",
                table: "Documents");
        }
    }
}
