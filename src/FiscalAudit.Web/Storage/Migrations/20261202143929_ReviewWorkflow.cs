using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FiscalAudit.Web.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ReviewWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReviewState",
                table: "Documents",
                maxLength: 16,
                nullable: false,
                defaultValue: "pending");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Documents",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<long>(
                name: "VersionOf",
                table: "Documents",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DueDates",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(nullable: false),
                    Kind = table.Column<string>(maxLength: 32, nullable: false),
                    Date = table.Column<DateOnly>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DueDates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FindingDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ThreadId = table.Column<long>(nullable: false),
                    FindingId = table.Column<string>(maxLength: 64, nullable: false),
                    Status = table.Column<string>(maxLength: 16, nullable: false),
                    Reason = table.Column<string>(maxLength: 2000, nullable: false),
                    By = table.Column<string>(maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FindingDecisions_Documents_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewEvents",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ThreadId = table.Column<long>(nullable: false),
                    DocumentId = table.Column<long>(nullable: false),
                    At = table.Column<DateTime>(nullable: false),
                    By = table.Column<string>(maxLength: 256, nullable: false),
                    Action = table.Column<string>(maxLength: 32, nullable: false),
                    FindingId = table.Column<string>(maxLength: 64, nullable: true),
                    Text = table.Column<string>(maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewEvents_Documents_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_VersionOf",
                table: "Documents",
                column: "VersionOf");

            migrationBuilder.CreateIndex(
                name: "IX_DueDates_Year_Kind",
                table: "DueDates",
                columns: new[] { "Year", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FindingDecisions_ThreadId_FindingId",
                table: "FindingDecisions",
                columns: new[] { "ThreadId", "FindingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewEvents_ThreadId",
                table: "ReviewEvents",
                column: "ThreadId");

            migrationBuilder.AddForeignKey(
                name: "FK_Documents_Documents_VersionOf",
                table: "Documents",
                column: "VersionOf",
                principalTable: "Documents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Documents_Documents_VersionOf",
                table: "Documents");

            migrationBuilder.DropTable(
                name: "DueDates");

            migrationBuilder.DropTable(
                name: "FindingDecisions");

            migrationBuilder.DropTable(
                name: "ReviewEvents");

            migrationBuilder.DropIndex(
                name: "IX_Documents_VersionOf",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "ReviewState",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "VersionOf",
                table: "Documents");
        }
    }
}
