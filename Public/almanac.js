// Adds the reader's local time beside every precise UTC time (elements <time datetime data-local>).
// The page is complete without it; dates known only to the day or coarser are never converted.
(function () {
  "use strict";
  if (!window.Intl || !Intl.DateTimeFormat) return;
  var format = new Intl.DateTimeFormat(undefined, {
    weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZoneName: "short"
  });
  var times = document.querySelectorAll("time[data-local]");
  for (var i = 0; i < times.length; i++) {
    var date = new Date(times[i].getAttribute("datetime"));
    if (isNaN(date.getTime()) || date.getTimezoneOffset() === 0) continue; // UTC already shown
    var local = document.createElement("span");
    local.className = "local-time";
    local.textContent = " (" + format.format(date) + " your time)";
    times[i].insertAdjacentElement("afterend", local);
  }
})();
