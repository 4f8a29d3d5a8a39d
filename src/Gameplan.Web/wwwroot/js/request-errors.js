// An htmx request that fails must never fail silently: htmx swaps nothing on a 4xx/5xx answer or a
// lost connection, so the reason is written into the layout's alert region (#request-error), which
// screen readers announce. The next request clears it.
(function () {
  "use strict";

  var reasons = {
    400: "The server could not read that request. Reload the page and try again.",
    401: "Your session has ended. Sign in again to continue.",
    403: "You are not allowed to do that. Ask your manager or an admin if you need it.",
    404: "That is no longer there. Reload the page to see what is.",
    409: "Someone changed this at the same time. Reload the page and try again.",
    413: "That file is too large.",
    429: "Too many requests at once. Wait a moment and try again.",
    503: "The server is busy. Try again in a moment."
  };

  function region() {
    return document.getElementById("request-error");
  }

  function show(text) {
    var alert = region();
    if (!alert) {
      return;
    }
    alert.textContent = text;
    alert.hidden = false;
    alert.scrollIntoView({ block: "nearest" });
  }

  // A problem answer (application/problem+json) may carry a sentence written for people in its
  // detail (a broken rule); its title is only the status's name, so the sentences above stand then.
  function detail(xhr) {
    var type = xhr.getResponseHeader("Content-Type") || "";
    if (type.indexOf("json") < 0) {
      return null;
    }
    try {
      var problem = JSON.parse(xhr.responseText);
      return problem.detail || null;
    } catch (e) {
      return null;
    }
  }

  document.addEventListener("htmx:beforeRequest", function () {
    var alert = region();
    if (alert) {
      alert.hidden = true;
      alert.textContent = "";
    }
  });

  document.addEventListener("htmx:responseError", function (event) {
    var xhr = event.detail.xhr;
    var status = xhr.status;
    var known = reasons[status] || (status >= 500 ? "Something went wrong on the server; nothing was changed by this click. Try again, or tell your admin." : "That did not work (error " + status + ").");
    show(status === 401 || status === 403 ? known : detail(xhr) || known);
  });

  document.addEventListener("htmx:sendError", function () {
    show("The server could not be reached. Check your connection and try again.");
  });

  document.addEventListener("htmx:timeout", function () {
    show("The server took too long to answer. Try again.");
  });
})();
