using LeadBot.Dialogs.Runtime.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace LeadBot.Dialogs.Runtime.Prompts;

/// <summary>What a prompt sends and accepts. Persisted in the prompt's instance state under "options".</summary>
public class PromptOptions
{
    public Activity? Prompt { get; set; }

    public Activity? RetryPrompt { get; set; }

    public IList<Choice>? Choices { get; set; }

    public ListStyle? Style { get; set; }

    public object? Validations { get; set; }

    /// <summary>LeadBot addition: after this many invalid answers the prompt ends with <see cref="PromptRetryLimitReached.Instance"/>.</summary>
    public int? MaxAttempts { get; set; }
}

/// <summary>The result a prompt ends with when <see cref="PromptOptions.MaxAttempts"/> invalid answers were given.</summary>
public sealed class PromptRetryLimitReached
{
    public static readonly PromptRetryLimitReached Instance = new();

    public static bool Is(object? result) => result is PromptRetryLimitReached;

    public override bool Equals(object? obj) => obj is PromptRetryLimitReached;

    public override int GetHashCode() => typeof(PromptRetryLimitReached).GetHashCode();

    public override string ToString() => nameof(PromptRetryLimitReached);
}

public class PromptRecognizerResult<T>
{
    public bool Succeeded { get; set; }

    public T? Value { get; set; }
}

public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);

public class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext turnContext, PromptRecognizerResult<T> recognized, IDictionary<string, object?> state, PromptOptions options)
    {
        Context = turnContext;
        Recognized = recognized;
        State = state;
        Options = options;
    }

    public ITurnContext Context { get; }

    /// <summary>What the prompt recognized; a validator may rewrite Value, which becomes the result.</summary>
    public PromptRecognizerResult<T> Recognized { get; }

    public PromptOptions Options { get; }

    public IDictionary<string, object?> State { get; }

    /// <summary>How many answers have been given, this one included (the first reply sees 1).</summary>
    public int AttemptCount => State.GetValue<int>(Prompt<T>.AttemptCountKey);
}
