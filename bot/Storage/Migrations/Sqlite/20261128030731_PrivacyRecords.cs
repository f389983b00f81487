using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeadBot.Bot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PrivacyRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConsentWithdrawals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ConsentVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LeadsAffected = table.Column<int>(type: "INTEGER", nullable: false),
                    Handling = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentWithdrawals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrivacyAudit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LeadIds = table.Column<string>(type: "TEXT", nullable: false),
                    Leads = table.Column<int>(type: "INTEGER", nullable: false),
                    StageChanges = table.Column<int>(type: "INTEGER", nullable: false),
                    Notifications = table.Column<int>(type: "INTEGER", nullable: false),
                    BotStates = table.Column<int>(type: "INTEGER", nullable: false),
                    AuditEntries = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivacyAudit", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentWithdrawals_At",
                table: "ConsentWithdrawals",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyAudit_At",
                table: "PrivacyAudit",
                column: "At");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsentWithdrawals");

            migrationBuilder.DropTable(
                name: "PrivacyAudit");
        }
    }
}
