using System.Runtime.ExceptionServices;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace LoyaltyRules.Language.Tests.Fuzzing;

/// <summary>
/// Runs a property over generated inputs with a fixed seed, so a failure is the same on every machine
/// and every run, and its message names the seed to replay it with.
/// </summary>
internal static class FuzzRunner
{
    /// <summary>The stack a thread gets by default in .NET on Linux (and what a host's request threads get).</summary>
    public const int DefaultThreadStack = 1536 * 1024;

    public static void Check<T>(Arbitrary<T> inputs, int cases, ulong seed, Action<T> property)
    {
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(cases)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed), FSharpOption<int>.None)));
        try
        {
            Prop.ForAll(inputs, property).Check(config);
        }
        catch (Exception failure) when (failure is not Xunit.Sdk.IAssertionException)
        {
            Assert.Fail($"Falsified with fixed seed {seed} ({cases} cases); replay with the same seed.{Environment.NewLine}{failure.Message}");
        }
    }

    /// <summary>
    /// The result of <paramref name="work"/>, run on a background thread with the default stack; fails
    /// when it takes longer than <paramref name="limit"/> (the thread is left to finish on its own: a
    /// thread cannot be stopped, and it ends with the test process).
    /// </summary>
    public static T WithDeadline<T>(TimeSpan limit, string what, Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    failure = exception;
                }
            },
            DefaultThreadStack)
        {
            IsBackground = true,
            Name = what,
        };
        thread.Start();
        if (!thread.Join(limit))
        {
            Assert.Fail($"{what} did not finish within {limit.TotalSeconds:0.#} s.");
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return result;
    }
}
