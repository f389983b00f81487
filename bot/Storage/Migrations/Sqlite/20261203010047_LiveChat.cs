using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeadBot.Bot.Storage.Migrations.Sqlite
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
                    ConversationKey = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    UserKey = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ReferenceJson = table.Column<string>(type: "TEXT", nullable: false),
                    Locale = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProspectChats", x => x.ConversationKey);
                });

            migrationBuilder.CreateTable(
                name: "LiveChats",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationKey = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    UserKey = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastMessageAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedBy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    BotPrompting = table.Column<bool>(type: "INTEGER", nullable: false),
                    AgentName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AgentAadId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    AgentTeamsId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AgentConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    AgentServiceUrl = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    BotTeamsId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RequestConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    RequestActivityId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RequestServiceUrl = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    SummaryJson = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LiveChatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Sender = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SenderName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SourceActivityId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
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
