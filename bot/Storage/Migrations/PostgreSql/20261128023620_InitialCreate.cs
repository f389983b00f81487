using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LeadBot.Bot.Storage.Migrations.PostgreSql
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
                    Key = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    ETag = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BotState", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserKey = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Company = table.Column<string>(type: "text", nullable: false),
                    Phone = table.Column<string>(type: "text", nullable: true),
                    Locale = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NeedKey = table.Column<string>(type: "text", nullable: true),
                    NeedText = table.Column<string>(type: "text", nullable: true),
                    AuthorityKey = table.Column<string>(type: "text", nullable: true),
                    AuthorityText = table.Column<string>(type: "text", nullable: true),
                    BudgetAmount = table.Column<decimal>(type: "numeric", nullable: true),
                    BudgetMinimum = table.Column<decimal>(type: "numeric", nullable: true),
                    BudgetMaximum = table.Column<decimal>(type: "numeric", nullable: true),
                    BudgetCurrency = table.Column<string>(type: "text", nullable: true),
                    BudgetUnknown = table.Column<bool>(type: "boolean", nullable: false),
                    BudgetText = table.Column<string>(type: "text", nullable: true),
                    TimelineStart = table.Column<DateOnly>(type: "date", nullable: true),
                    TimelineTimex = table.Column<string>(type: "text", nullable: true),
                    TimelineUnknown = table.Column<bool>(type: "boolean", nullable: false),
                    TimelineText = table.Column<string>(type: "text", nullable: true),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    ScoreBreakdown = table.Column<string>(type: "text", nullable: false),
                    Stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Owner = table.Column<string>(type: "text", nullable: true),
                    OwnerId = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NormalizedEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Consent_ChannelId = table.Column<string>(type: "text", nullable: false),
                    Consent_ConversationId = table.Column<string>(type: "text", nullable: false),
                    Consent_GivenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Consent_Locale = table.Column<string>(type: "text", nullable: false),
                    Consent_TextHash = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Consent_TextVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Source_Campaign = table.Column<string>(type: "text", nullable: true),
                    Source_ChannelId = table.Column<string>(type: "text", nullable: false),
                    Source_PageUrl = table.Column<string>(type: "text", nullable: true),
                    Source_Referrer = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StageChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LeadId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    To = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ChangedById = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Reason = table.Column<string>(type: "text", nullable: false)
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
