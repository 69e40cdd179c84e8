// Finds events in search/index.json (built with the site) by words and filters, with no server.
// Reads ?q= (words, matched in names, types, stations, agencies, programs and dates) and ?type=,
// ?station=, ?agency=, ?program= (slugs) and ?year=, as the form sends them. Results are links made
// with textContent only: nothing from the index is ever parsed as HTML. Without script the page
// lists every type, station, agency and program instead.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var out = document.getElementById("search-results");
  if (!form || !out || !window.fetch || !window.URLSearchParams) return;
  var FACETS = ["type", "station", "agency", "program", "year"];
  var SHOWN = 100;
  var index = null;

  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  // "International Space Station" → "ISS", so the usual short names find what the data spells out.
  function initials(name) {
    var letters = (name.match(/\b\p{Lu}/gu) || []).join("");
    return letters.length > 1 ? letters : "";
  }

  function field(name) { return form.elements.namedItem(name); }

  function readParams(params) {
    ["q"].concat(FACETS).forEach(function (name) {
      var input = field(name);
      if (input && params.has(name)) input.value = params.get(name);
    });
  }

  function query() {
    var q = { words: fold(field("q").value).split(/\s+/).filter(Boolean) };
    FACETS.forEach(function (name) { q[name] = field(name) ? field(name).value : ""; });
    return q;
  }

  // One record per event: its facets as slugs and a folded text to match words against.
  function prepare(data) {
    var f = {};
    data.fields.forEach(function (name, i) { f[name] = i; });
    function names(list, positions) {
      return (positions || []).map(function (p) { return list[p] || []; });
    }
    var events = data.events.map(function (e) {
      var type = data.types[e[f.type]] || ["", ""];
      var stations = names(data.stations, e[f.stations]);
      var agencies = names(data.agencies, e[f.agencies]);
      var programs = names(data.programs, e[f.programs]);
      var words = [e[f.name], e[f.when], type[0]];
      [stations, agencies, programs].forEach(function (list) {
        list.forEach(function (item) { words.push(item[0], item[2] || "", initials(item[0])); });
      });
      function slugs(list) { return list.map(function (item) { return item[1]; }); }
      return {
        name: e[f.name], slug: e[f.slug], when: e[f.when], year: String(e[f.year]), typeName: type[0],
        type: type[1], station: slugs(stations), agency: slugs(agencies), program: slugs(programs),
        text: fold(words.join(" "))
      };
    });
    return { events: events, upcoming: data.upcoming };
  }

  function matches(event, q) {
    for (var i = 0; i < q.words.length; i++) {
      if (event.text.indexOf(q.words[i]) < 0) return false;
    }
    if (q.type && event.type !== q.type) return false;
    if (q.year && event.year !== q.year) return false;
    var lists = ["station", "agency", "program"];
    for (var j = 0; j < lists.length; j++) {
      var wanted = q[lists[j]];
      if (wanted && event[lists[j]].indexOf(wanted) < 0) return false;
    }
    return true;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function item(event) {
    var li = element("li");
    var link = element("a", "", event.name);
    link.setAttribute("href", "../events/" + encodeURIComponent(event.slug) + "/");
    li.appendChild(link);
    li.appendChild(element("span", "meta", event.when + " · " + event.typeName));
    return li;
  }

  function group(title, events) {
    var section = element("section");
    section.appendChild(element("h2", "", title + " (" + events.length + ")"));
    var list = element("ol", "event-list");
    events.slice(0, SHOWN).forEach(function (event) { list.appendChild(item(event)); });
    section.appendChild(list);
    if (events.length > SHOWN) {
      var more = element("button", "more", "Show all " + events.length);
      more.type = "button";
      more.addEventListener("click", function () {
        events.slice(SHOWN).forEach(function (event) { list.appendChild(item(event)); });
        more.remove();
      });
      section.appendChild(more);
    }
    return section;
  }

  function run() {
    var q = query();
    out.textContent = "";
    if (!q.words.length && FACETS.every(function (name) { return !q[name]; })) return;
    var upcoming = [], past = [];
    index.events.forEach(function (event, i) {
      if (matches(event, q)) (i < index.upcoming ? upcoming : past).push(event);
    });
    var total = upcoming.length + past.length;
    out.appendChild(element("p", "search-count", total === 0 ? "No event matches."
      : total === 1 ? "1 event matches." : total + " events match."));
    if (upcoming.length) out.appendChild(group("Coming up", upcoming));
    if (past.length) out.appendChild(group("Past", past));
  }

  function remember() {
    var params = new URLSearchParams();
    ["q"].concat(FACETS).forEach(function (name) {
      if (field(name) && field(name).value) params.set(name, field(name).value);
    });
    var search = params.toString();
    history.replaceState(null, "", search ? "?" + search : location.pathname);
  }

  var pending = null;
  function update() {
    clearTimeout(pending);
    pending = setTimeout(function () { remember(); run(); }, 150);
  }

  readParams(new URLSearchParams(location.search));
  out.appendChild(element("p", "meta", "Loading the search index…"));
  fetch(out.getAttribute("data-index"))
    .then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    })
    .then(function (data) {
      index = prepare(data);
      out.textContent = "";
      run();
      form.addEventListener("input", update);
      form.addEventListener("change", update);
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        remember();
        run();
      });
    })
    .catch(function () {
      out.textContent = "";
      out.appendChild(element("p", "meta",
        "The search index could not be loaded (searching needs the site served over http or https). "
        + "Browse the lists below instead."));
    });
})();
