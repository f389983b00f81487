using System.Globalization;
using System.Text.RegularExpressions;
using LeadBot.Dialogs.Recognition;
using Microsoft.Recognizers.Text;

namespace LeadBot.Dialogs.Runtime.Choices;

/// <summary>
/// Choice recognition as in the Bot Framework: by text (value, action title, synonyms; all tokens in order, at most
/// 2 tokens apart), then, only if nothing matched, by ordinal ("second", "die zweite", "last") and then by number.
/// </summary>
public static class ChoiceRecognizers
{
    private static readonly Regex TokenPattern = new(@"[\p{L}\p{N}]+|\p{So}|\p{Cs}{2}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static IList<ChoiceMatch> RecognizeChoices(string? utterance, IList<Choice> choices, FindChoicesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        utterance ??= string.Empty;
        options ??= new FindChoicesOptions();
        var locale = RecognizerCulture.Normalize(options.Locale);

        var matched = FindChoices(utterance, choices, options);
        if (matched.Count == 0)
        {
            if (options.RecognizeOrdinals != false)
            {
                foreach (var r in RecognizerModels.For(locale).Ordinals(utterance))
                {
                    MatchChoiceByIndex(choices, matched, r, ordinal: true);
                }
            }

            if (matched.Count == 0 && options.RecognizeNumbers != false)
            {
                foreach (var r in RecognizerModels.For(locale).Numbers(utterance))
                {
                    MatchChoiceByIndex(choices, matched, r, ordinal: false);
                }
            }

            matched = matched.OrderBy(m => m.Start).ToList();
        }

        return matched;
    }

    /// <summary>Text matching only (value, action title, synonyms).</summary>
    public static List<ChoiceMatch> FindChoices(string utterance, IList<Choice> choices, FindChoicesOptions? options = null)
    {
        options ??= new FindChoicesOptions();
        var candidates = new List<(string Value, int Index)>();
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            if (!options.NoValue && !string.IsNullOrWhiteSpace(choice.Value)) candidates.Add((choice.Value, i));
            if (!options.NoAction && !string.IsNullOrWhiteSpace(choice.Action?.Title)) candidates.Add((choice.Action!.Title, i));
            foreach (var synonym in choice.Synonyms ?? new List<string>())
            {
                if (!string.IsNullOrWhiteSpace(synonym)) candidates.Add((synonym, i));
            }
        }

        // An input equal to a candidate wins outright.
        var trimmed = utterance.Trim();
        foreach (var (value, index) in candidates)
        {
            if (string.Equals(trimmed, value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return new List<ChoiceMatch>
                {
                    new()
                    {
                        Start = utterance.IndexOf(trimmed, StringComparison.Ordinal),
                        End = utterance.IndexOf(trimmed, StringComparison.Ordinal) + trimmed.Length - 1,
                        Text = trimmed,
                        Resolution = new FoundChoice { Value = choices[index].Value, Index = index, Score = 1f, Synonym = value },
                    },
                };
            }
        }

        var tokens = Tokenize(utterance);
        var maxDistance = options.MaxTokenDistance ?? 2;
        var matches = new List<(int StartToken, int EndToken, int Index, string Synonym, float Score)>();
        foreach (var (value, index) in candidates.OrderByDescending(c => c.Value.Length))
        {
            var searched = TokenizeCandidate(value.Trim());
            if (searched.Count == 0) continue;
            var startPos = 0;
            while (startPos < tokens.Count)
            {
                var match = MatchValue(tokens, maxDistance, options.AllowPartialMatches, searched, startPos);
                if (match == null) break;
                matches.Add((match.Value.Start, match.Value.End, index, value, match.Value.Score));
                startPos = match.Value.End + 1;
            }
        }

        var foundIndexes = new HashSet<int>();
        var usedTokens = new HashSet<int>();
        var results = new List<ChoiceMatch>();
        foreach (var m in matches.OrderByDescending(m => m.Score))
        {
            var add = !foundIndexes.Contains(m.Index);
            for (var i = m.StartToken; i <= m.EndToken && add; i++)
            {
                if (usedTokens.Contains(i)) add = false;
            }

            if (!add) continue;
            foundIndexes.Add(m.Index);
            for (var i = m.StartToken; i <= m.EndToken; i++) usedTokens.Add(i);
            var start = tokens[m.StartToken].Start;
            var end = tokens[m.EndToken].End;
            results.Add(new ChoiceMatch
            {
                Start = start,
                End = end,
                Text = utterance.Substring(start, end - start + 1),
                Resolution = new FoundChoice { Value = choices[m.Index].Value, Index = m.Index, Score = m.Score, Synonym = m.Synonym },
            });
        }

        return results.OrderBy(r => r.Start).ToList();
    }

    private static (int Start, int End, float Score)? MatchValue(List<Token> source, int maxDistance, bool allowPartial, List<Token> searched, int startPos)
    {
        var matched = 0;
        var totalDeviation = 0;
        var start = -1;
        var end = -1;
        foreach (var token in searched)
        {
            var pos = source.FindIndex(startPos, t => t.Normalized == token.Normalized);
            if (pos < 0) continue;
            var distance = matched > 0 ? pos - startPos : 0;
            if (distance > maxDistance) continue;
            matched++;
            totalDeviation += distance;
            startPos = pos + 1;
            if (start < 0) start = pos;
            end = pos;
        }

        if (matched > 0 && (matched == searched.Count || allowPartial))
        {
            var completeness = (float)matched / searched.Count;
            var accuracy = (float)matched / (matched + totalDeviation);
            var score = matched == searched.Count ? accuracy * completeness : 0f;
            return (start, end, score);
        }

        return null;
    }

    private static void MatchChoiceByIndex(IList<Choice> choices, List<ChoiceMatch> matched, ModelResult r, bool ordinal)
    {
        if (r.Resolution == null || !r.Resolution.TryGetValue("value", out var raw) || raw is not string value) return;
        int index;
        if (ordinal && r.Resolution.TryGetValue("relativeTo", out var rel) && rel is string relativeTo && relativeTo == "end")
        {
            // "last" = end+0, "second to last" = end-1
            var offset = r.Resolution.TryGetValue("offset", out var o) && o is string os && int.TryParse(os, NumberStyles.Integer, CultureInfo.InvariantCulture, out var off) ? off : 0;
            index = choices.Count - 1 + offset;
        }
        else if (ordinal && r.Resolution.TryGetValue("relativeTo", out var rel2) && rel2 is string rt && rt != "start")
        {
            return; // "next", "current" … are not positions
        }
        else if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            index = n - 1;
        }
        else
        {
            return;
        }

        if (index < 0 || index >= choices.Count || matched.Any(m => m.Resolution.Index == index && m.Start == r.Start)) return;
        matched.Add(new ChoiceMatch
        {
            Start = r.Start,
            End = r.End,
            Text = r.Text,
            Resolution = new FoundChoice { Value = choices[index].Value, Index = index, Score = 1f },
        });
    }

    private readonly record struct Token(int Start, int End, string Normalized);

    private const int MaxCachedCandidates = 1024;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<Token>> CandidateTokens = new(StringComparer.Ordinal);

    /// <summary>Choice values and synonyms are the same few strings on every turn: tokenize each once (read-only lists).</summary>
    private static List<Token> TokenizeCandidate(string value)
    {
        if (CandidateTokens.TryGetValue(value, out var tokens))
        {
            return tokens;
        }

        tokens = Tokenize(value);
        if (CandidateTokens.Count < MaxCachedCandidates)
        {
            CandidateTokens.TryAdd(value, tokens);
        }

        return tokens;
    }

    private static List<Token> Tokenize(string text) =>
        TokenPattern.Matches(text)
            .Select(m => new Token(m.Index, m.Index + m.Length - 1, m.Value.ToLowerInvariant()))
            .ToList();
}
