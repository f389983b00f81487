using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeadBot.Bot.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PolicyVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Leads stored before versions existed were scored by the configured policy, which becomes version 1.
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AnsweredAt",
                table: "Leads",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PolicyVersion",
                table: "Leads",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "PolicyVersions",
                columns: table => new
                {
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PolicyJson = table.Column<string>(type: "text", nullable: false),
                    ChangesJson = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RestoresVersion = table.Column<int>(type: "integer", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyVersions", x => x.Version);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PolicyVersions");

            migrationBuilder.DropColumn(
                name: "AnsweredAt",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "PolicyVersion",
                table: "Leads");
        }
    }
}
