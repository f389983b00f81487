using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Storage;

/// <summary>A filter for the sales API's lead list. All filters are optional and combined with AND.</summary>
public sealed class LeadSearch
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public LeadStage? Stage { get; set; }

    /// <summary>Created at or after this instant (inclusive).</summary>
    public DateTimeOffset? From { get; set; }

    /// <summary>Created before this instant (exclusive), e.g. the start of the day after the last day wanted.</summary>
    public DateTimeOffset? To { get; set; }

    /// <summary>Case-insensitive substring of name, e-mail or company.</summary>
    public string? Text { get; set; }

    /// <summary>Load each lead's stage history too (oldest first).</summary>
    public bool IncludeHistory { get; set; }

    /// <summary>1-based; values below 1 are treated as 1.</summary>
    public int Page { get; set; } = 1;

    /// <summary>1..200; out-of-range values are clamped (values below 1 give the default 50).</summary>
    public int PageSize { get; set; } = DefaultPageSize;
}

/// <summary>One page of leads (newest first) and the number of leads matching the filter.</summary>
public sealed record LeadSearchResult(IReadOnlyList<Lead> Items, int Total);

/// <summary>Read-only lead queries for the sales API. Returned leads are detached (not tracked).</summary>
public sealed class LeadQueries(IDbContextFactory<LeadBotDbContext> contextFactory)
{
    /// <summary>Leads matching <paramref name="search"/>, newest first; with their history only when <see cref="LeadSearch.IncludeHistory"/>.</summary>
    public async Task<LeadSearchResult> SearchAsync(LeadSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var page = Math.Clamp(search.Page, 1, int.MaxValue / LeadSearch.MaxPageSize);
        var pageSize = search.PageSize < 1 ? LeadSearch.DefaultPageSize : Math.Min(search.PageSize, LeadSearch.MaxPageSize);

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = context.Leads.AsNoTracking();
        if (search.Stage is { } stage)
        {
            query = query.Where(l => l.Stage == stage);
        }

        if (search.From is { } from)
        {
            query = query.Where(l => l.CreatedAt >= from);
        }

        if (search.To is { } to)
        {
            query = query.Where(l => l.CreatedAt < to);
        }

        var text = search.Text?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(text))
        {
            query = query.Where(l => l.Name.ToLower().Contains(text)
                                     || (l.Email != null && l.Email.ToLower().Contains(text))
                                     || l.Company.ToLower().Contains(text));
        }

        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var ordered = query.OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id);
        var paged = (search.IncludeHistory ? WithOrderedHistory(ordered) : ordered)
            .Skip((page - 1) * pageSize)
            .Take(pageSize);
        var items = total == 0
            ? []
            : await paged.ToListAsync(cancellationToken).ConfigureAwait(false);
        return new LeadSearchResult(items, total);
    }

    /// <summary>The lead with its stage history (oldest first), or null.</summary>
    public async Task<Lead?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await WithOrderedHistory(context.Leads.AsNoTracking())
            .FirstOrDefaultAsync(l => l.Id == id, cancellationToken)
            .ConfigureAwait(false);
    }

    internal static IQueryable<Lead> WithOrderedHistory(IQueryable<Lead> leads) =>
        leads.Include(l => l.History.OrderBy(h => h.At).ThenBy(h => h.Id));
}
