// The risk radar of the plan page's critique panel as a Chart.js radar chart. The <canvas
// data-risk-radar> carries its labels and scores (0-100, higher = more at risk) in data- attributes
// as JSON; the table beside it says the same in text, with the findings behind each score, and stays
// the accessible alternative. No inline script, so the Content-Security-Policy stays strict.
// Loading and redrawing are shared with the other charts (charts.js).
GameplanCharts.register("canvas[data-risk-radar]", function (canvas, data) {
  "use strict";

  return {
    type: "radar",
    data: {
      labels: data("labels"),
      datasets: [{
        label: "Risk (0-100)",
        data: data("scores"),
        borderColor: "#b91c1c",
        backgroundColor: "rgba(185, 28, 28, 0.18)",
        pointBackgroundColor: "#b91c1c",
        borderWidth: 2
      }]
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: {
        r: { min: 0, max: 100, ticks: { stepSize: 25, backdropColor: "transparent" }, pointLabels: { font: { size: 12 } } }
      }
    }
  };
});
