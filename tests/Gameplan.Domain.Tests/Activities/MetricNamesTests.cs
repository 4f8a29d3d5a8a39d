using Gameplan.Domain.Activities;

namespace Gameplan.Domain.Tests.Activities;

public sealed class MetricNamesTests
{
    [Theory]
    [InlineData("demos_booked", "Demos booked", "demos booked")]
    [InlineData("prospecting_minutes", "Prospecting minutes", "prospecting minutes")]
    [InlineData("calls", "Calls", "calls")]
    [InlineData("Calls", "Calls", "calls")]
    [InlineData("CRM_updates", "CRM updates", "CRM updates")]
    [InlineData("QBRs-held", "QBRs held", "QBRs held")]
    [InlineData("new__customers_", "New customers", "new customers")]
    [InlineData("Demos Booked", "Demos booked", "demos booked")]
    [InlineData("new_arr", "New ARR", "new ARR")]
    [InlineData("sqls_created", "SQLs created", "SQLs created")]
    [InlineData("qbrs", "QBRs", "QBRs")]
    [InlineData("arrows_fired", "Arrows fired", "arrows fired")]
    public void A_metric_reads_as_words_capitalised_alone_and_lower_case_in_a_sentence(string name, string label, string words)
    {
        Assert.Equal(label, MetricNames.Label(name));
        Assert.Equal(words, MetricNames.Words(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" _ ")]
    public void No_name_reads_as_nothing(string? name)
    {
        Assert.Equal("", MetricNames.Label(name));
        Assert.Equal("", MetricNames.Words(name));
    }
}
