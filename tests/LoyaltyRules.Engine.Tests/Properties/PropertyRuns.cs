using FsCheck;

namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>How the properties run: 200 scenarios each, failures thrown with the shrunk scenario.</summary>
internal static class PropertyRuns
{
    public static Config Config => FsCheck.Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true);
}
