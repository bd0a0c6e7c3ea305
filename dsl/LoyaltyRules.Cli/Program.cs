using System.Text;
using LoyaltyRules.Cli;
using LoyaltyRules.Cli.Hosting;
using LoyaltyRules.Cli.Output;

Console.OutputEncoding = Encoding.UTF8;
return CliApplication.Run(args, Console.Out, Console.Error, Terminal.ConsoleSupportsColour(), new CliHost(CliHost.Open, !Console.IsOutputRedirected, TimeSpan.FromSeconds(1)));
