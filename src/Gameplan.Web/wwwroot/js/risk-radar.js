// The risk radar of the plan page's critique panel as a Chart.js radar chart. The <canvas
// data-risk-radar> carries its labels and scores (0-100, higher = more at risk) in data- attributes
// as JSON; the table beside it says the same in text, with the findings behind each score, and stays
// the accessible alternative. No inline script, so the Content-Security-Policy stays strict.
// Chart.js is loaded only when a page has a radar; charts are drawn on a first load and after every
// htmx swap (boosted navigation). Kept apart from other charts on purpose (pace-charts.js).
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

  function json(canvas, name) {
    return JSON.parse(canvas.getAttribute("data-" + name) || "[]");
  }

  function render(canvas) {
    if (canvas.getAttribute("data-drawn") === "true") {
      return;
    }
    canvas.setAttribute("data-drawn", "true");
    new window.Chart(canvas, {
      type: "radar",
      data: {
        labels: json(canvas, "labels"),
        datasets: [{
          label: "Risk (0-100)",
          data: json(canvas, "scores"),
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
    });
  }

  function draw(root) {
    var canvases = (root || document).querySelectorAll("canvas[data-risk-radar]");
    if (canvases.length === 0) {
      return;
    }
    loadChartJs(canvases[0].getAttribute("data-chart-src")).then(function () {
      Array.prototype.forEach.call(canvases, render);
    }, function (error) {
      // The table keeps every score and its reasons; only the picture is missing.
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
