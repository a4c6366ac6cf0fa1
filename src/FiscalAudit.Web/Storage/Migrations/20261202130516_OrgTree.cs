using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FiscalAudit.Web.Storage.Migrations
{
    /// <inheritdoc />
    public partial class OrgTree : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Aliases",
                table: "OrgUnits",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "ParentId",
                table: "OrgUnits",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Attribution",
                table: "Documents",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttributionReason",
                table: "Documents",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OrgUnitId",
                table: "Documents",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_ParentId",
                table: "OrgUnits",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_OrgUnitId",
                table: "Documents",
                column: "OrgUnitId");

            migrationBuilder.AddForeignKey(
                name: "FK_Documents_OrgUnits_OrgUnitId",
                table: "Documents",
                column: "OrgUnitId",
                principalTable: "OrgUnits",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_OrgUnits_OrgUnits_ParentId",
                table: "OrgUnits",
                column: "ParentId",
                principalTable: "OrgUnits",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Documents_OrgUnits_OrgUnitId",
                table: "Documents");

            migrationBuilder.DropForeignKey(
                name: "FK_OrgUnits_OrgUnits_ParentId",
                table: "OrgUnits");

            migrationBuilder.DropIndex(
                name: "IX_OrgUnits_ParentId",
                table: "OrgUnits");

            migrationBuilder.DropIndex(
                name: "IX_Documents_OrgUnitId",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Aliases",
                table: "OrgUnits");

            migrationBuilder.DropColumn(
                name: "ParentId",
                table: "OrgUnits");

            migrationBuilder.DropColumn(
                name: "Attribution",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "AttributionReason",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "OrgUnitId",
                table: "Documents");
        }
    }
}
