using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeadBot.Bot.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class FunnelOpenJourneysIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FunnelJourneys_Status",
                table: "FunnelJourneys");

            migrationBuilder.CreateIndex(
                name: "IX_FunnelJourneys_Status",
                table: "FunnelJourneys",
                column: "Status",
                filter: "\"Status\" = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FunnelJourneys_Status",
                table: "FunnelJourneys");

            migrationBuilder.CreateIndex(
                name: "IX_FunnelJourneys_Status",
                table: "FunnelJourneys",
                column: "Status");
        }
    }
}
