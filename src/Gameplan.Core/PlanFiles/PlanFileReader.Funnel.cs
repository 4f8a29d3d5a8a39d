namespace Gameplan.Core.PlanFiles;

// The top-level funnel section: the deal value, its currency, the sales cycle and the stages in order.
public static partial class PlanFileReader
{
    // Stages are named by their place (funnel.stages[1].rate), as the funnel's own checks name them.
    private static PlanFileFunnel ReadFunnel(YamlFields f) => Done(f, new PlanFileFunnel
    {
        DealValue = f.Number("deal_value"),
        Currency = f.Text("currency"),
        CycleDays = f.Whole("cycle_days"),
        Stages = Items(f, "stages", null, stage => Done(stage, new PlanFileFunnelStage(stage.Text("metric"), stage.Number("rate"), stage.Number("minutes")))),
    });
}
