using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeadBot.Bot.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class LiveChat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Source_CampaignContent",
                table: "Leads",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source_CampaignMedium",
                table: "Leads",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source_CampaignSource",
                table: "Leads",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source_CampaignTerm",
                table: "Leads",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Source_CampaignContent",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "Source_CampaignMedium",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "Source_CampaignSource",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "Source_CampaignTerm",
                table: "Leads");
        }
    }
}
