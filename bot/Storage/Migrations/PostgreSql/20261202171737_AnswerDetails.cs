using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeadBot.Bot.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AnswerDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "BudgetNone",
                table: "Leads",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "BudgetPeriod",
                table: "Leads",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "BudgetUndecided",
                table: "Leads",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "NeedVerbatim",
                table: "Leads",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneDisplay",
                table: "Leads",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TimelineVague",
                table: "Leads",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BudgetNone",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "BudgetPeriod",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "BudgetUndecided",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "NeedVerbatim",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "PhoneDisplay",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "TimelineVague",
                table: "Leads");
        }
    }
}
