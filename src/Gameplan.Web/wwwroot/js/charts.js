// What every chart of Gameplan shares: Chart.js is loaded only when a page has a chart (its URL is
// the canvas's data-chart-src), each canvas carries its numbers in data- attributes as JSON (no
// inline script, so the Content-Security-Policy stays strict), and charts are drawn on a first load
// and after every htmx swap (boosted navigation). The tables beside the charts say the same in
// text and stay the accessible alternative, so a chart that cannot load only warns.
// Usage: GameplanCharts.register("canvas[data-x]", function (canvas, data) { return chartConfig; });
(function () {
  "use strict";

  var loading = null;
  var kinds = [];

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

  function data(canvas) {
    return function (name) {
      return JSON.parse(canvas.getAttribute("data-" + name) || "[]");
    };
  }

  function drawKind(root, kind) {
    var canvases = root.querySelectorAll(kind.selector);
    if (canvases.length === 0) {
      return;
    }
    loadChartJs(canvases[0].getAttribute("data-chart-src")).then(function () {
      Array.prototype.forEach.call(canvases, function (canvas) {
        if (canvas.getAttribute("data-drawn") === "true") {
          return;
        }
        canvas.setAttribute("data-drawn", "true");
        new window.Chart(canvas, kind.config(canvas, data(canvas)));
      });
    }, function (error) {
      if (window.console) {
        window.console.warn(error.message);
      }
    });
  }

  window.GameplanCharts = {
    register: function (selector, config) {
      var kind = { selector: selector, config: config };
      kinds.push(kind);
      if (document.readyState !== "loading") {
        drawKind(document, kind);
      }
    }
  };

  document.addEventListener("DOMContentLoaded", function () {
    kinds.forEach(function (kind) { drawKind(document, kind); });
  });
  document.addEventListener("htmx:load", function (event) {
    kinds.forEach(function (kind) { drawKind(event.target, kind); });
  });
})();
