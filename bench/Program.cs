namespace LeadBot.Bench;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            if (args.Length == 0 || args.Contains("--help") || args.Contains("-h"))
            {
                Console.WriteLine(BenchOptions.Usage);
                return args.Length == 0 ? 2 : 0;
            }

            options = BenchOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cts.Cancel();
        };
        if (options.Workbench)
        {
            var timing = await WorkbenchBench.RunAsync(options, Console.Error, cts.Token).ConfigureAwait(false);
            Console.WriteLine(timing.ToTable());
            if (options.JsonPath is not null)
            {
                await File.WriteAllTextAsync(options.JsonPath, System.Text.Json.JsonSerializer.Serialize(timing)).ConfigureAwait(false);
            }

            return 0;
        }

        if (options.Variants.Count > 0)
        {
            var comparison = await VariantComparison.RunAsync(options, Console.Error, cts.Token).ConfigureAwait(false);
            comparison.CommandLine = "dotnet run -c Release --project bench -- " + string.Join(' ', args);
            Console.WriteLine();
            Console.WriteLine(comparison.ToTable());
            if (options.JsonPath is not null)
            {
                await File.WriteAllTextAsync(options.JsonPath, comparison.ToJson()).ConfigureAwait(false);
            }

            return comparison.Failed ? 1 : 0;
        }

        if (options.Dashboard)
        {
            var dashboard = await DashboardBench.RunAsync(options, Console.Error, cts.Token).ConfigureAwait(false);
            dashboard.CommandLine = "dotnet run -c Release --project bench -- " + string.Join(' ', args);
            Console.WriteLine();
            Console.WriteLine(dashboard.ToTable());
            Console.WriteLine(dashboard.ToJson());
            if (options.JsonPath is not null)
            {
                await File.WriteAllTextAsync(options.JsonPath, dashboard.ToJson()).ConfigureAwait(false);
            }

            return dashboard.Failed ? 1 : 0;
        }

        var report = await BenchRunner.RunAsync(options, Console.Error, cts.Token).ConfigureAwait(false);
        report.CommandLine = "dotnet run -c Release --project bench -- " + string.Join(' ', args);
        Console.WriteLine();
        Console.WriteLine(report.ToTable());
        var json = report.ToJson();
        Console.WriteLine(json);
        if (options.JsonPath is not null)
        {
            await File.WriteAllTextAsync(options.JsonPath, json).ConfigureAwait(false);
        }

        var failed = report.Results.Any(r => r.Errors > 0 || r.TranscriptsBad > 0 || (r.LeadsExpected is not null && r.LeadsStored != r.LeadsExpected));
        return failed ? 1 : 0;
    }
}
