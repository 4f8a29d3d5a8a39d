// Burn-up charts of the plan pace page. Each <canvas data-burnup> carries its numbers in data-
// attributes (JSON arrays) and the table beside it says the same in text; no inline script, so the
// Content-Security-Policy stays strict. Loading and redrawing are shared with the other charts (charts.js).
GameplanCharts.register("canvas[data-burnup]", function (canvas, data) {
  "use strict";

  var unit = canvas.getAttribute("data-unit") || "";
  return {
    type: "line",
    data: {
      labels: data("labels"),
      datasets: [
        { label: "Expected", data: data("expected"), borderColor: "#64748b", borderDash: [6, 4], pointRadius: 0, borderWidth: 2 },
        { label: "Actual", data: data("actual"), borderColor: "#2563eb", backgroundColor: "rgba(37, 99, 235, 0.12)", fill: true, pointRadius: 0, borderWidth: 2 }
      ]
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: "index", intersect: false },
      scales: {
        x: { ticks: { maxTicksLimit: 8 } },
        y: { beginAtZero: true, title: { display: unit !== "" && unit !== "count", text: unit } }
      }
    }
  };
});
