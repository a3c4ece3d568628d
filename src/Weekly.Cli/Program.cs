using System.CommandLine;
using Weekly.Cli;

var root = new RootCommand("Weekly: builds the Industry Blockchain Weekly site from seeds/, input/ and theme/ into output/.");
root.Subcommands.Add(BuildCommand.Create());
return root.Parse(args).Invoke();
