using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LeadBot.Bot.Storage.Migrations.PostgreSql
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    JourneyId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<short>(type: "smallint", nullable: false),
                    Step = table.Column<short>(type: "smallint", nullable: true),
                    Stage = table.Column<int>(type: "integer", nullable: true),
                    FromStage = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FunnelEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FunnelJourneys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastActivityAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Medium = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Campaign = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Page = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReferrerHost = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Status = table.Column<short>(type: "smallint", nullable: false),
                    OpenStep = table.Column<short>(type: "smallint", nullable: true),
                    Reached = table.Column<short>(type: "smallint", nullable: false),
                    ConsentedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Stage = table.Column<int>(type: "integer", nullable: true),
                    BestStage = table.Column<int>(type: "integer", nullable: true),
                    QualifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeadId = table.Column<Guid>(type: "uuid", nullable: true),
                    PendingEvents = table.Column<string>(type: "text", nullable: true),
                    ConsentAsked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    ConsentReasked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    NameAsked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    NameReasked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    EmailAsked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    EmailReasked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    CompanyAsked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    CompanyReasked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    PhoneAsked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    PhoneReasked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    NeedAsked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    NeedReasked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    AuthorityAsked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    AuthorityReasked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    BudgetAsked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    BudgetReasked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    TimelineAsked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    TimelineReasked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    ConfirmAsked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    ConfirmReasked = table.Column<int>(type: "integer", nullable: false, defaultValue: 0)
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
