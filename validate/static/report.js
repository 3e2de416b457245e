// Sortable tables, the review queue's filters and search, and a live count of the cards shown
// (no network, no libraries).
(function () {
  "use strict";
  function cellValue(row, idx) {
    var cell = row.cells[idx];
    var key = cell.getAttribute("data-sort");
    var text = key !== null ? key : cell.textContent.trim();
    var num = Number(text);
    return text !== "" && !isNaN(num) ? num : text;
  }
  function sortBy(table, idx, desc) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, idx), y = cellValue(b, idx);
      var c = (typeof x === "number" && typeof y === "number") ? x - y : String(x).localeCompare(String(y), "ko");
      return desc ? -c : c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    table.setAttribute("data-sorted-by", table.tHead.rows[0].cells[idx].getAttribute("data-key") || String(idx));
  }
  function updateCount() {
    var table = document.getElementById("cards-table");
    var out = document.getElementById("cards-shown");
    if (!table || !out) return;
    var shown = 0, flagged = 0;
    Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
      if (r.style.display !== "none") { shown += 1; if (Number(r.getAttribute("data-errors")) > 0) flagged += 1; }
    });
    out.textContent = shown + " cards shown, " + flagged + " with errors";
    out.setAttribute("data-shown", String(shown));
    out.setAttribute("data-flagged", String(flagged));
  }
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, idx) {
        th.classList.add("sortable");
        th.addEventListener("click", function () {
          var desc = th.getAttribute("data-dir") === "asc";
          th.setAttribute("data-dir", desc ? "desc" : "asc");
          sortBy(table, idx, desc);
        });
      });
      var initial = table.getAttribute("data-initial-sort");
      if (initial !== null) sortBy(table, Number(initial), false);
    });
    var controls = ["search", "severity-filter", "code-filter", "status-filter", "issuer-filter", "has-findings"];
    function value(id) {
      var el = document.getElementById(id);
      if (!el) return "";
      return el.type === "checkbox" ? (el.checked ? "1" : "") : el.value;
    }
    function applyFilters() {
      var table = document.getElementById("cards-table");
      if (!table) return;
      var q = value("search").trim().toLowerCase(), sev = value("severity-filter"), code = value("code-filter");
      var status = value("status-filter"), issuer = value("issuer-filter"), has = value("has-findings");
      Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
        var words = function (name) { return (r.getAttribute(name) || "").split(" "); };
        var ok = (!q || r.textContent.toLowerCase().indexOf(q) >= 0)
          && (!sev || words("data-severities").indexOf(sev) >= 0)
          && (!code || words("data-codes").indexOf(code) >= 0)
          && (!status || r.getAttribute("data-status") === status)
          && (!issuer || r.getAttribute("data-issuer") === issuer)
          && (!has || r.getAttribute("data-codes") !== "");
        r.style.display = ok ? "" : "none";
      });
      updateCount();
    }
    // filters can be preset by the address: index.html#q=...&severity=error&check=...&status=...&issuer=...&has=1
    var fromHash = {q: "search", severity: "severity-filter", check: "code-filter", status: "status-filter",
                    issuer: "issuer-filter", has: "has-findings"};
    var params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
    Object.keys(fromHash).forEach(function (key) {
      var el = document.getElementById(fromHash[key]);
      if (!el || !params.has(key)) return;
      if (el.type === "checkbox") el.checked = params.get(key) === "1"; else el.value = params.get(key);
    });
    controls.forEach(function (id) {
      var el = document.getElementById(id);
      if (el) { el.addEventListener("input", applyFilters); el.addEventListener("change", applyFilters); }
    });
    applyFilters();
    updateCount();
  });
})();
