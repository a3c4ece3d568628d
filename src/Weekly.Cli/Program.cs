using System.CommandLine;
using Weekly.Cli;

var root = new RootCommand("Weekly: builds the Industry Blockchain Weekly site from seeds/, input/ and theme/ into output/.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(PreviewCommand.Create());
return root.Parse(args).Invoke();
