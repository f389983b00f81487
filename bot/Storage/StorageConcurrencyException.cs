namespace LeadBot.Bot.Storage;

/// <summary>
/// A state item was written with an ETag that no longer matches the stored one: another turn or instance changed (or
/// deleted) it since it was read. Nothing of that item was written. The message names no key (keys carry user ids).
/// </summary>
public sealed class StorageConcurrencyException : Exception
{
    public StorageConcurrencyException()
        : base("ETag conflict: the state item was changed by another writer.")
    {
    }

    public StorageConcurrencyException(string message)
        : base(message)
    {
    }

    public StorageConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageConcurrencyException(string key, string expectedETag)
        : base($"ETag conflict: the state item was changed or deleted by another writer since it was read (expected ETag '{expectedETag}'). Nothing was written for it; re-read the state and apply the change again.")
    {
        Key = key;
        ExpectedETag = expectedETag;
    }

    /// <summary>The storage key of the item that was not written.</summary>
    public string? Key { get; }

    /// <summary>The ETag the writer expected.</summary>
    public string? ExpectedETag { get; }
}
