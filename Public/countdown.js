// Counts down to an event's start on its page (<p class="countdown" data-countdown="ISO 8601" hidden>).
// The page already shows the date in UTC; this only adds the time left, every second, and stops at zero.
(function () {
  "use strict";
  var box = document.querySelector("p.countdown[data-countdown]");
  if (!box) return;
  var value = box.querySelector(".countdown-value");
  var target = new Date(box.getAttribute("data-countdown")).getTime();
  if (!value || isNaN(target)) return;

  function pad(n) { return n < 10 ? "0" + n : String(n); }

  function text(ms) {
    var s = Math.floor(ms / 1000);
    var days = Math.floor(s / 86400);
    var clock = pad(Math.floor(s % 86400 / 3600)) + ":" + pad(Math.floor(s % 3600 / 60)) + ":" + pad(s % 60);
    return (days > 0 ? days + (days === 1 ? " day " : " days ") : "") + clock;
  }

  var timer = null;
  function tick() {
    var left = target - Date.now();
    if (left <= 0) {
      box.textContent = box.getAttribute("data-done") || "";
      if (timer !== null) clearInterval(timer);
      return;
    }
    value.textContent = text(left);
  }
  box.hidden = false;
  tick();
  if (target > Date.now()) timer = setInterval(tick, 1000);
})();
