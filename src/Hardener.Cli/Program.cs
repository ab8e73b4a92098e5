using Hardener.Cli;

return HardenCommand.Invoke(args, Console.Out, Console.Error);
