// Sortable tables and a live count of the cards shown (no network, no libraries).
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
    var filter = document.getElementById("status-filter");
    if (filter) {
      filter.addEventListener("change", function () {
        var want = filter.value;
        Array.prototype.forEach.call(document.getElementById("cards-table").tBodies[0].rows, function (r) {
          r.style.display = (!want || r.getAttribute("data-status") === want) ? "" : "none";
        });
        updateCount();
      });
    }
    updateCount();
  });
})();
