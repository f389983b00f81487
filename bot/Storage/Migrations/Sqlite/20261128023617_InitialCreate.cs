using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeadBot.Bot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BotState",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    ETag = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BotState", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserKey = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Company = table.Column<string>(type: "TEXT", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", nullable: true),
                    Locale = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NeedKey = table.Column<string>(type: "TEXT", nullable: true),
                    NeedText = table.Column<string>(type: "TEXT", nullable: true),
                    AuthorityKey = table.Column<string>(type: "TEXT", nullable: true),
                    AuthorityText = table.Column<string>(type: "TEXT", nullable: true),
                    BudgetAmount = table.Column<decimal>(type: "TEXT", nullable: true),
                    BudgetMinimum = table.Column<decimal>(type: "TEXT", nullable: true),
                    BudgetMaximum = table.Column<decimal>(type: "TEXT", nullable: true),
                    BudgetCurrency = table.Column<string>(type: "TEXT", nullable: true),
                    BudgetUnknown = table.Column<bool>(type: "INTEGER", nullable: false),
                    BudgetText = table.Column<string>(type: "TEXT", nullable: true),
                    TimelineStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TimelineTimex = table.Column<string>(type: "TEXT", nullable: true),
                    TimelineUnknown = table.Column<bool>(type: "INTEGER", nullable: false),
                    TimelineText = table.Column<string>(type: "TEXT", nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    ScoreBreakdown = table.Column<string>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", nullable: true),
                    OwnerId = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Consent_ChannelId = table.Column<string>(type: "TEXT", nullable: false),
                    Consent_ConversationId = table.Column<string>(type: "TEXT", nullable: false),
                    Consent_GivenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Consent_Locale = table.Column<string>(type: "TEXT", nullable: false),
                    Consent_TextHash = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Consent_TextVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Source_Campaign = table.Column<string>(type: "TEXT", nullable: true),
                    Source_ChannelId = table.Column<string>(type: "TEXT", nullable: false),
                    Source_PageUrl = table.Column<string>(type: "TEXT", nullable: true),
                    Source_Referrer = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StageChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChangedById = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StageChanges_Leads_LeadId",
                        column: x => x.LeadId,
                        principalTable: "Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_CreatedAt",
                table: "Leads",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_NormalizedEmail",
                table: "Leads",
                column: "NormalizedEmail",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Stage",
                table: "Leads",
                column: "Stage");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_UserKey",
                table: "Leads",
                column: "UserKey");

            migrationBuilder.CreateIndex(
                name: "IX_StageChanges_LeadId",
                table: "StageChanges",
                column: "LeadId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BotState");

            migrationBuilder.DropTable(
                name: "StageChanges");

            migrationBuilder.DropTable(
                name: "Leads");
        }
    }
}
