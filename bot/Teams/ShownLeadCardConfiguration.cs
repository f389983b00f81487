using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeadBot.Bot.Teams;

/// <summary>The table of lead cards shown in Teams (<see cref="ShownLeadCard"/>): one row per message, removed with the lead.</summary>
internal sealed class ShownLeadCardConfiguration : IEntityTypeConfiguration<ShownLeadCard>
{
    public void Configure(EntityTypeBuilder<ShownLeadCard> card)
    {
        card.ToTable("ShownLeadCards");
        card.HasKey(c => new { c.ConversationId, c.ActivityId });
        card.Property(c => c.ConversationId).HasMaxLength(512);
        card.Property(c => c.ActivityId).HasMaxLength(256);
        card.Property(c => c.ServiceUrl).HasMaxLength(1024).IsRequired();
        card.HasOne<Lead>()
            .WithMany()
            .HasForeignKey(c => c.LeadId)
            .OnDelete(DeleteBehavior.Cascade);
        card.HasIndex(c => c.LeadId);
    }
}
