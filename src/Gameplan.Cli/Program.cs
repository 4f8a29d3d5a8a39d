using Gameplan.Cli;

return await GameplanCli.RunAsync(CliContext.FromConsole(), args);
