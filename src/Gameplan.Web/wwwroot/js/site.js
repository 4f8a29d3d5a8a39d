// Behaviour for the server-rendered pages. Everything works without it; no inline scripts anywhere,
// so a strict Content-Security-Policy can forbid them.
(function () {
  "use strict";

  // htmx requests that carry no form (inline deletes) send the antiforgery token as a header.
  document.addEventListener("htmx:configRequest", function (event) {
    var holder = document.getElementById("request-verification-token");
    var token = holder && holder.getAttribute("data-token");
    if (token) {
      event.detail.headers["RequestVerificationToken"] = token;
    }
  });

  // After a save the server names the element it changed. A boosted (htmx) redirect loses the
  // #fragment of the Location header, so the page scrolls to the element and marks it here.
  function showSaved() {
    var main = document.getElementById("main");
    var id = main && main.getAttribute("data-saved");
    if (!id) {
      return;
    }
    main.removeAttribute("data-saved");
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    element.classList.add("just-saved");
    if (location.hash !== "#" + id) {
      history.replaceState(history.state, "", location.pathname + location.search + "#" + id);
    }
    // After the current task: htmx scrolls a boosted page to the top once afterSettle has run.
    setTimeout(function () {
      element.scrollIntoView({ block: "center" });
    }, 0);
  }

  document.addEventListener("DOMContentLoaded", showSaved);
  document.addEventListener("htmx:afterSettle", showSaved);

  // A link to a <details> (a group of the plan's findings, from the top issues, a badge or the risk
  // radar) opens it: the reader followed the link to read what it holds.
  function openTargetedDetails() {
    var id = location.hash ? decodeURIComponent(location.hash.slice(1)) : "";
    var target = id && document.getElementById(id);
    if (target && target.tagName === "DETAILS") {
      target.open = true;
    }
  }

  window.addEventListener("hashchange", openTargetedDetails);
  document.addEventListener("DOMContentLoaded", openTargetedDetails);

  // The header's "Menu" (a <details>, ADR 0059): open on a wide screen, where its links show in a row, and
  // closed on a narrow one until tapped. A boosted navigation renders a new, closed header; this sets it to
  // the width again, and closes it before htmx keeps a copy of the page for the back button.
  var wide = window.matchMedia("(min-width: 1280px)");

  function syncMenu() {
    var menu = document.getElementById("site-menu");
    if (menu) {
      menu.open = wide.matches;
    }
  }

  document.addEventListener("DOMContentLoaded", syncMenu);
  wide.addEventListener("change", syncMenu);
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target === document.body) {
      syncMenu();
    }
  });
  document.addEventListener("htmx:historyRestore", syncMenu);
  document.addEventListener("htmx:beforeHistorySave", function () {
    var menu = document.getElementById("site-menu");
    if (menu && !wide.matches) {
      menu.open = false;
    }
  });
  // Escape closes the open menu on a narrow screen and returns to its button.
  document.addEventListener("keydown", function (event) {
    var menu = document.getElementById("site-menu");
    if (event.key === "Escape" && menu && menu.open && !wide.matches && menu.contains(document.activeElement)) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });

  // Printing: every collapsed <details> prints open (CSS cannot open one), and closes again afterwards.
  var openedForPrint = [];
  window.addEventListener("beforeprint", function () {
    openedForPrint = Array.prototype.filter.call(document.querySelectorAll("main details:not([open])"), function (details) {
      details.open = true;
      return true;
    });
  });
  window.addEventListener("afterprint", function () {
    openedForPrint.forEach(function (details) {
      details.open = false;
    });
    openedForPrint = [];
  });

  // A link marked data-follow-now is the page's only next step (single sign-on's hand-over to the
  // identity provider): it is followed at once, as a link, which the policy's form-action does not restrict.
  document.addEventListener("DOMContentLoaded", function () {
    var next = document.querySelector("a[data-follow-now]");
    if (next) {
      location.replace(next.href);
    }
  });
})();
