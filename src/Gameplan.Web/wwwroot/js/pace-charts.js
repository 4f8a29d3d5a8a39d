// Burn-up charts of the plan pace page. Each <canvas data-burnup> carries its numbers in data-
// attributes (JSON arrays) and the table beside it says the same in text; no inline script, so the
// Content-Security-Policy stays strict. Chart.js is loaded only when a page has a chart, and charts
// are drawn on a first load and after every htmx swap (boosted navigation).
(function () {
  "use strict";

  var loading = null;

  function loadChartJs(src) {
    if (window.Chart) {
      return Promise.resolve();
    }
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = src;
        script.onload = resolve;
        script.onerror = function () {
          loading = null;
          reject(new Error("Chart.js could not be loaded from " + src));
        };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function numbers(canvas, name) {
    return JSON.parse(canvas.getAttribute("data-" + name) || "[]");
  }

  function render(canvas) {
    if (canvas.getAttribute("data-drawn") === "true") {
      return;
    }
    canvas.setAttribute("data-drawn", "true");
    var unit = canvas.getAttribute("data-unit") || "";
    new window.Chart(canvas, {
      type: "line",
      data: {
        labels: numbers(canvas, "labels"),
        datasets: [
          { label: "Expected", data: numbers(canvas, "expected"), borderColor: "#64748b", borderDash: [6, 4], pointRadius: 0, borderWidth: 2 },
          { label: "Actual", data: numbers(canvas, "actual"), borderColor: "#2563eb", backgroundColor: "rgba(37, 99, 235, 0.12)", fill: true, pointRadius: 0, borderWidth: 2 }
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
    });
  }

  function draw(root) {
    var canvases = (root || document).querySelectorAll("canvas[data-burnup]");
    if (canvases.length === 0) {
      return;
    }
    loadChartJs(canvases[0].getAttribute("data-chart-src")).then(function () {
      Array.prototype.forEach.call(canvases, render);
    }, function (error) {
      // The tables keep every number; only the picture is missing.
      if (window.console) {
        window.console.warn(error.message);
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    draw(document);
  });
  document.addEventListener("htmx:load", function (event) {
    draw(event.target);
  });
})();
