using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeadBot.Bot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FunnelJourneys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FunnelEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JourneyId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<short>(type: "INTEGER", nullable: false),
                    Step = table.Column<short>(type: "INTEGER", nullable: true),
                    Stage = table.Column<int>(type: "INTEGER", nullable: true),
                    FromStage = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FunnelEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FunnelJourneys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastActivityAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Medium = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Campaign = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Page = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferrerHost = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<short>(type: "INTEGER", nullable: false),
                    OpenStep = table.Column<short>(type: "INTEGER", nullable: true),
                    Reached = table.Column<short>(type: "INTEGER", nullable: false),
                    ConsentedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Stage = table.Column<int>(type: "INTEGER", nullable: true),
                    BestStage = table.Column<int>(type: "INTEGER", nullable: true),
                    QualifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PendingEvents = table.Column<string>(type: "TEXT", nullable: true),
                    ConsentAsked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    ConsentReasked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    NameAsked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    NameReasked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    EmailAsked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    EmailReasked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    CompanyAsked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    CompanyReasked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    PhoneAsked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    PhoneReasked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    NeedAsked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    NeedReasked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    AuthorityAsked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    AuthorityReasked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    BudgetAsked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    BudgetReasked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    TimelineAsked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    TimelineReasked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    ConfirmAsked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    ConfirmReasked = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FunnelJourneys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FunnelEvents_Journey",
                table: "FunnelEvents",
                columns: new[] { "JourneyId", "Kind", "At", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_FunnelEvents_StageFlow",
                table: "FunnelEvents",
                columns: new[] { "Kind", "At", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_FunnelJourneys_LeadId",
                table: "FunnelJourneys",
                column: "LeadId");

            migrationBuilder.CreateIndex(
                name: "IX_FunnelJourneys_Source",
                table: "FunnelJourneys",
                columns: new[] { "Channel", "Source", "Campaign", "Language", "StartedAt", "CompletedAt", "BestStage" });

            migrationBuilder.CreateIndex(
                name: "IX_FunnelJourneys_StartedAt",
                table: "FunnelJourneys",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_FunnelJourneys_Status",
                table: "FunnelJourneys",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FunnelEvents");

            migrationBuilder.DropTable(
                name: "FunnelJourneys");
        }
    }
}
