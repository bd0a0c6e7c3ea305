using System.Linq.Expressions;
using LoyaltyRules.Engine.Aggregation;

namespace LoyaltyRules.Engine.Rete;

/// <summary>
/// Aggregates, for every left token, the right facts that match it, and propagates each result that
/// satisfies the result conditions. Per left token: a state token holding the aggregator, right-match
/// tokens for the matched facts, and one child token per result (depth + 2).
/// </summary>
internal sealed class AggregateNode(
    int id,
    BetaNode leftParent,
    int outputDepth,
    AlphaMemoryNode right,
    JoinTests tests,
    AggregatorFactory aggregators,
    LambdaExpression? selector,
    JoinTests resultTests) : RightInputNode(id, leftParent, outputDepth, right)
{
    public JoinTests Tests { get; } = tests;

    public JoinTests ResultTests { get; } = resultTests;

    public override void LeftAssert(SessionCore session, Token left)
    {
        var state = session.NewToken(this, left, TokenKind.State, null, null, 0);
        state.State = aggregators.Create();
        for (var entry = session.FirstEntry(Right); entry is not null; entry = session.NextEntry(entry))
        {
            if (Tests.All(left, entry.Fact.Object, Rules))
            {
                AddMatch(session, state, entry.Fact);
            }
        }

        Synchronize(session, state, modifyAll: false);
    }

    public override void LeftModify(SessionCore session, Token left)
    {
        var state = FindChild(session, left, TokenKind.State)!;
        for (var entry = session.FirstEntry(Right); entry is not null; entry = session.NextEntry(entry))
        {
            var match = FindMatch(session, state, entry.Fact);
            var matches = Tests.All(left, entry.Fact.Object, Rules);
            if (matches && match is null)
            {
                AddMatch(session, state, entry.Fact);
            }
            else if (!matches && match is not null)
            {
                RemoveMatch(session, state, match);
            }
        }

        Synchronize(session, state, modifyAll: true);
    }

    public override void RightAssert(SessionCore session, Fact fact)
    {
        for (var left = session.TryParentMemory(this)?.First; left is not null; left = left.NextInNode)
        {
            if (Tests.All(left, fact.Object, Rules))
            {
                var state = FindChild(session, left, TokenKind.State)!;
                AddMatch(session, state, fact);
                Synchronize(session, state, modifyAll: false);
            }
        }
    }

    public override void RightModify(SessionCore session, Fact fact)
    {
        for (var left = session.TryParentMemory(this)?.First; left is not null; left = left.NextInNode)
        {
            var state = FindChild(session, left, TokenKind.State)!;
            var match = FindMatch(session, state, fact);
            var matches = Tests.All(left, fact.Object, Rules);
            if (matches && match is not null)
            {
                Apply(state, fact, static (aggregator, f) => aggregator.Modify(f));
            }
            else if (matches)
            {
                AddMatch(session, state, fact);
            }
            else if (match is not null)
            {
                RemoveMatch(session, state, match);
            }
            else
            {
                continue;
            }

            Synchronize(session, state, modifyAll: false);
        }
    }

    public override void RightRetract(SessionCore session, Fact fact)
    {
        var matches = session.RentTokens();
        session.TokensOf(fact, this, matches);
        foreach (var match in matches)
        {
            var state = match.Parent!;
            RemoveMatch(session, state, match);
            Synchronize(session, state, modifyAll: false);
        }

        session.ReturnTokens(matches);
    }

    private void AddMatch(SessionCore session, Token state, Fact fact)
    {
        session.NewToken(this, state, TokenKind.RightMatch, fact, null, 0);
        Apply(state, fact, static (aggregator, f) => aggregator.Add(f));
    }

    private void RemoveMatch(SessionCore session, Token state, Token match)
    {
        var fact = match.Fact!;
        session.RemoveToken(match);
        Apply(state, fact, static (aggregator, f) => aggregator.Remove(f));
    }

    private void Apply(Token state, Fact fact, Action<Aggregator, Fact> change)
    {
        try
        {
            change((Aggregator)state.State!, fact);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not Diagnostics.RuleEngineException)
        {
            throw Rules.EvaluationFailed(selector?.ToString() ?? "aggregate", [fact.Object], ex);
        }
    }

    /// <summary>Brings the result tokens in line with the aggregator's results.</summary>
    private void Synchronize(SessionCore session, Token state, bool modifyAll)
    {
        var left = state.Parent!;
        var results = session.RentResults();
        try
        {
            ((Aggregator)state.State!).Results(results);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw Rules.EvaluationFailed(selector?.ToString() ?? "aggregate", TokenValues.Of(left), ex);
        }

        var existing = session.RentTokens();
        for (var child = session.TokenAt(state.FirstChild); child is not null; child = session.TokenAt(child.NextSibling))
        {
            if (child.Kind == TokenKind.Match)
            {
                existing.Add(child);
            }
        }

        foreach (var (key, value) in results)
        {
            var token = TakeResult(existing, key);
            var passes = ResultTests.Residuals(left, value!, Rules);
            if (token is null)
            {
                if (passes)
                {
                    token = session.NewToken(this, state, TokenKind.Match, null, value, session.NextSequence());
                    token.State = key;
                    session.PropagateAssert(this, token);
                }
            }
            else if (!passes)
            {
                session.RemoveToken(token);
            }
            else if (modifyAll || !Equals(token.Value, value))
            {
                token.Value = value;
                session.PropagateModify(this, token);
            }
        }

        foreach (var gone in existing)
        {
            session.RemoveToken(gone);
        }

        session.ReturnTokens(existing);
        session.ReturnResults(results);
    }

    private static Token? TakeResult(List<Token> tokens, object key)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Equals(tokens[i].State, key))
            {
                var token = tokens[i];
                tokens.RemoveAt(i);
                return token;
            }
        }

        return null;
    }

    public override string ToString() => $"Aggregate#{Id}({Right})";
}
