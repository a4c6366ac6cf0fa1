using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FiscalAudit.Web.Storage.Migrations
{
    /// <inheritdoc />
    public partial class PreviousYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PreviousYearChecks",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<long>(nullable: false),
                    PreviousDocumentId = table.Column<long>(nullable: false),
                    Hash = table.Column<string>(maxLength: 64, nullable: false),
                    PreviousHash = table.Column<string>(maxLength: 64, nullable: false),
                    EngineVersion = table.Column<string>(maxLength: 64, nullable: false),
                    DocumentJson = table.Column<string>(nullable: false),
                    CheckedAt = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreviousYearChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreviousYearChecks_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PreviousYearChecks_Documents_PreviousDocumentId",
                        column: x => x.PreviousDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PreviousYearChecks_DocumentId",
                table: "PreviousYearChecks",
                column: "DocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PreviousYearChecks_PreviousDocumentId",
                table: "PreviousYearChecks",
                column: "PreviousDocumentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PreviousYearChecks");
        }
    }
}
