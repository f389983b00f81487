using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LeadBot.Bot.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class LiveChat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProspectChats",
                columns: table => new
                {
                    ConversationKey = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    UserKey = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    ReferenceJson = table.Column<string>(type: "text", nullable: false),
                    Locale = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProspectChats", x => x.ConversationKey);
                });

            migrationBuilder.CreateTable(
                name: "LiveChats",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationKey = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    UserKey = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    LeadId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Origin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastMessageAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndedBy = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    BotPrompting = table.Column<bool>(type: "boolean", nullable: false),
                    AgentName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AgentAadId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    AgentTeamsId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AgentConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    AgentServiceUrl = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    BotTeamsId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RequestConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    RequestActivityId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RequestServiceUrl = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    SummaryJson = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveChats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiveChats_Leads_LeadId",
                        column: x => x.LeadId,
                        principalTable: "Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LiveChats_ProspectChats_ConversationKey",
                        column: x => x.ConversationKey,
                        principalTable: "ProspectChats",
                        principalColumn: "ConversationKey",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LiveChatMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LiveChatId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Sender = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SenderName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SourceActivityId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveChatMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiveChatMessages_LiveChats_LiveChatId",
                        column: x => x.LiveChatId,
                        principalTable: "LiveChats",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LiveChatMessages_LiveChatId_SourceActivityId",
                table: "LiveChatMessages",
                columns: new[] { "LiveChatId", "SourceActivityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiveChats_ActiveAgent",
                table: "LiveChats",
                column: "AgentAadId",
                unique: true,
                filter: "\"Status\" = 'Active' AND \"AgentAadId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LiveChats_LeadId",
                table: "LiveChats",
                column: "LeadId");

            migrationBuilder.CreateIndex(
                name: "IX_LiveChats_Open",
                table: "LiveChats",
                column: "ConversationKey",
                unique: true,
                filter: "\"Status\" IN ('Requested', 'Active')");

            migrationBuilder.CreateIndex(
                name: "IX_LiveChats_Status_ExpiresAt",
                table: "LiveChats",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LiveChats_UserKey",
                table: "LiveChats",
                column: "UserKey");

            migrationBuilder.CreateIndex(
                name: "IX_ProspectChats_LastSeenAt",
                table: "ProspectChats",
                column: "LastSeenAt");

            migrationBuilder.CreateIndex(
                name: "IX_ProspectChats_UserKey",
                table: "ProspectChats",
                column: "UserKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LiveChatMessages");

            migrationBuilder.DropTable(
                name: "LiveChats");

            migrationBuilder.DropTable(
                name: "ProspectChats");
        }
    }
}
