namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>Runs the steps of a scenario, turning any failure into one that shows the steps and the step that failed.</summary>
internal static class ScenarioSteps
{
    /// <summary>
    /// Runs <paramref name="check"/> for the initial state (index -1) and after each step, which
    /// <paramref name="step"/> performs. <paramref name="state"/> describes working memory for messages.
    /// </summary>
    public static void Run(Scenario scenario, Action<Operation> step, Action check, Func<string> state)
    {
        Guarded(scenario, -1, check, state);
        for (var i = 0; i < scenario.Operations.Count; i++)
        {
            var operation = scenario.Operations[i];
            Guarded(scenario, i, () => step(operation), state);
            Guarded(scenario, i, check, state);
        }
    }

    private static void Guarded(Scenario scenario, int index, Action action, Func<string> state)
    {
        try
        {
            action();
        }
        catch (Exception exception)
        {
            var where = index < 0 ? "Before the first step" : $"At step {index + 1} ({scenario.Operations[index]})";
            var message = $"{where} of\n{scenario.Describe(index)}Working memory, in insertion order: {state()}\n";

            // An assertion's message says it all; anything else the engine threw keeps its stack trace.
            if (exception is Xunit.Sdk.XunitException)
            {
                throw new InvalidOperationException(message + exception.Message);
            }

            throw new InvalidOperationException($"{message}{exception.GetType().Name}: {exception.Message}", exception);
        }
    }
}
