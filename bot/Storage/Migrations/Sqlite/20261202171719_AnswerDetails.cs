using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeadBot.Bot.Storage.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "BudgetPeriod",
                table: "Leads",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "BudgetUndecided",
                table: "Leads",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "NeedVerbatim",
                table: "Leads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneDisplay",
                table: "Leads",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TimelineVague",
                table: "Leads",
                type: "INTEGER",
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
