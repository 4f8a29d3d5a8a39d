// Swagger UI at /api/docs draws its server list as a <select> without a name; give it one (axe-core: select-name)
// whenever the UI draws it, including after it redraws.
(function () {
    "use strict";
    function name() {
        var servers = document.getElementById("servers");
        if (servers && !servers.getAttribute("aria-label")) {
            servers.setAttribute("aria-label", "Server");
        }
    }
    new MutationObserver(name).observe(document.documentElement, { childList: true, subtree: true });
    name();
})();
