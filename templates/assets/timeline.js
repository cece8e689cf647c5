// Timeline enhancement: a year-range filter (from/to) over the year sections. Without JavaScript the
// per-year and per-kind pages do the same job by links.
(function () {
  "use strict";
  var box = document.getElementById("timeline-range");
  if (!box) return;
  var sections = Array.prototype.slice.call(document.querySelectorAll(".timeline-year[data-year]"));
  var years = sections.map(function (s) { return s.getAttribute("data-year"); }).filter(function (y) { return /^\d{4}$/.test(y); });
  if (years.length < 2) return;
  function select(label, value) {
    var wrap = document.createElement("label");
    wrap.textContent = label + " ";
    var s = document.createElement("select");
    years.forEach(function (y) {
      var o = document.createElement("option");
      o.value = y;
      o.textContent = y;
      s.appendChild(o);
    });
    s.value = value;
    wrap.appendChild(s);
    box.appendChild(wrap);
    return s;
  }
  var from = select(box.getAttribute("data-from-label") || "From", years[0]);
  var to = select(box.getAttribute("data-to-label") || "To", years[years.length - 1]);
  function apply() {
    var a = Number(from.value), b = Number(to.value);
    if (a > b) { var t = a; a = b; b = t; }
    sections.forEach(function (s) {
      var y = s.getAttribute("data-year");
      s.hidden = /^\d{4}$/.test(y) && (Number(y) < a || Number(y) > b);
    });
  }
  from.addEventListener("change", apply);
  to.addEventListener("change", apply);
  box.hidden = false;
})();
