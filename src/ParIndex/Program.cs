using System.Text;
using ParIndex.Commands;

Console.OutputEncoding = Encoding.UTF8;
return Cli.Run(() => ParIndexCli.Create(), args.Length == 0 ? ["serve"] : args);
