// Marsad web app: a hash-routed page over the JSON API. Every piece of data enters the page as text
// (textContent, never innerHTML), so markup inside a report is shown, not run.
"use strict";
(function () {
  const I18N = window.MARSAD_I18N;
  let lang = localStorage.getItem("marsad.lang") || "ar";
  const view = document.getElementById("view");

  function t(key, vars) {
    let s = (I18N[lang] && I18N[lang][key]) || I18N.en[key] || key;
    if (vars) {
      Object.keys(vars).forEach(k => { s = s.replace("{" + k + "}", vars[k]); });
    }
    return s;
  }
  function num(n) { return new Intl.NumberFormat(lang).format(n); }
  function date(iso) {
    if (!iso) { return ""; }
    const d = new Date(iso.length === 10 ? iso + "T00:00:00Z" : iso);
    return isNaN(d) ? iso : new Intl.DateTimeFormat(lang, { year: "numeric", month: "long", day: "numeric",
      timeZone: "UTC" }).format(d);
  }

  /** el("a", {href: "#"}, "text", child): children that are strings become text nodes. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === null || v === undefined || v === false) { return; }
      if (k === "class") { e.className = v; } else if (k.startsWith("on")) { e.addEventListener(k.slice(2), v); }
      else { e.setAttribute(k, v); }
    });
    children.flat(Infinity).forEach(c => {
      if (c === null || c === undefined || c === false) { return; }
      e.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    });
    return e;
  }

  // ---- signing in: a token from `marsad serve` or `marsad account add`, kept for this tab only ----
  const TOKEN = "marsad.token";
  function headers(extra) {
    const h = Object.assign({ "Accept": "application/json" }, extra || {});
    const token = sessionStorage.getItem(TOKEN);
    if (token) { h["Authorization"] = "Bearer " + token; }
    return h;
  }
  /** A link printed by `marsad serve` or `marsad demo` carries the token once: "#login=TOKEN". */
  function takeTokenFromLink() {
    if (location.hash.startsWith("#login=")) {
      sessionStorage.setItem(TOKEN, decodeURIComponent(location.hash.slice("#login=".length)));
      history.replaceState(null, "", location.pathname + "#/search");
    }
  }
  class SignInNeeded extends Error {}
  /** An answer asked for before the user moved on: whatever waited for it must not show it. */
  class Stale extends Error {}
  // each move (and each language switch) is a new navigation; answers are checked against it when they arrive,
  // since a slow answer to an earlier move would otherwise replace the page the user has moved to since
  let navigation = 0;

  async function api(path) {
    const asked = navigation;
    const r = await fetch(path, { headers: headers() });
    if (asked !== navigation) { throw new Stale(); }
    if (r.status === 401) { throw new SignInNeeded(); }
    const body = await r.json();
    if (asked !== navigation) { throw new Stale(); }
    if (!r.ok) { throw new Error(body.detail || (r.status + "")); }
    return body;
  }

  function login(message) {
    const token = el("input", { type: "password", id: "login-token", autocomplete: "off", dir: "ltr" });
    const form = el("form", { class: "ingest", onsubmit: ev => {
      ev.preventDefault();
      sessionStorage.setItem(TOKEN, token.value.trim());
      if (location.hash === "#/search") { route(); } else { location.hash = "#/search"; }
      refreshUnread();
    } }, el("label", {}, t("login.token"), token), el("button", { type: "submit", id: "login-send" }, t("login.send")));
    show(...[el("h1", {}, t("login.title")), message ? el("p", { class: "error" }, message) : null,
      el("p", { class: "muted" }, t("login.hint")), form].filter(Boolean));
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
    document.querySelectorAll("[data-i18n]").forEach(n => { n.textContent = t(n.getAttribute("data-i18n")); });
  }

  function entityName(e) {
    if (!e) { return ""; }
    return lang === "ar" ? e.name : (e.name_en || e.name);
  }

  function entityLink(e) {
    return el("a", { href: "#/entity/" + refPath(e.ident || e.name), class: "ent ent-" + e.type,
      title: lang === "ar" ? (e.name_en || "") : e.name }, entityName(e));
  }

  /** An entity reference in a path: each part encoded, the slash of an ident ("group/jnim") kept. */
  function refPath(ref) {
    return ref.split("/").map(encodeURIComponent).join("/");
  }

  function modality(m) {
    return el("span", { class: "modality mod-" + m, title: m }, t("modality." + m));
  }

  function show(...nodes) {
    view.replaceChildren(...nodes);
  }

  function failed(err) {
    show(el("p", { class: "error" }, t("error") + ": " + err.message));
  }

  // ---- search ----
  async function search(params) {
    const q = params.get("q") || "";
    const input = el("input", { type: "search", name: "q", value: q, placeholder: t("search.placeholder"),
      "aria-label": t("search.go"), dir: "auto" });
    const form = el("form", { class: "search", onsubmit: ev => {
      ev.preventDefault();
      const next = new URLSearchParams(params);
      next.set("q", input.value);
      location.hash = "#/search?" + next.toString();
    } }, input, el("button", { type: "submit" }, t("search.go")));
    show(form, el("p", { class: "muted" }, "…"));
    const query = new URLSearchParams(params);
    query.set("limit", "20");
    const r = await api("/api/search?" + query.toString());
    const hits = el("ol", { class: "hits" }, r.hits.map(h => el("li", { class: "hit" },
      el("a", { href: "#/report/" + h.report, class: "hit-title", dir: "auto" }, h.title || h.input || ("#" + h.report)),
      h.snippets.map(s => el("p", { class: "snippet", dir: "auto" }, marked(s))))));
    const facets = el("aside", { class: "facets" }, Object.entries(r.facets).filter(([, v]) => v.length).map(
      ([dim, counts]) => el("section", {}, el("h3", {}, t("facet." + dim)), el("ul", {}, counts.map(c => el("li", {},
        facetLink(dim, c.label, params), " ", el("span", { class: "count", title: r.facets_sampled ? t("facet.sampled") : "" },
          (r.facets_sampled ? "≈" : "") + num(c.count))))))));
    show(form, el("p", { class: "muted", id: "total" }, r.total ? t("search.results", { n: num(r.total) }) : t("search.none")),
      el("div", { class: "results" }, hits, facets));
  }

  function facetLink(dim, label, params) {
    if (dim === "group" || dim === "person" || dim === "place") {
      return el("a", { href: "#/entity/" + refPath(label), class: "facet-entity" }, label);
    }
    const next = new URLSearchParams(params);
    if (dim === "year" || dim === "month") {
      const [y, m] = label.split("-").map(Number);
      const last = m ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 31;
      next.set("from", label.length === 4 ? label + "-01-01" : label + "-01");
      next.set("to", label.length === 4 ? label + "-12-31" : label + "-" + String(last).padStart(2, "0"));
    } else if (dim === "eventType" || dim === "source") {
      next.set(dim === "eventType" ? "type" : "source", label);
    } else {
      return el("span", {}, label);
    }
    return el("a", { href: "#/search?" + next.toString() }, label);
  }

  /** A snippet with its highlights as <mark>; offsets count UTF-16 chars of the report, as JavaScript does. */
  function marked(s) {
    const parts = [];
    let at = s.start;
    s.highlights.forEach(h => {
      parts.push(s.text.substring(at - s.start, h.start - s.start));
      parts.push(el("mark", {}, s.text.substring(h.start - s.start, h.end - s.start)));
      at = h.end;
    });
    parts.push(s.text.substring(at - s.start));
    return parts;
  }

  // ---- entity ----
  async function entity(ref) {
    const e = await api("/api/entities/" + refPath(ref));
    const head = el("header", { class: "entity-head" },
      el("h1", { dir: "rtl", lang: "ar" }, e.name),
      e.name_en ? el("p", { class: "name-en", dir: "ltr", lang: "en" }, e.name_en) : null,
      el("p", { class: "muted" }, e.type + " · " + t("entity.reports", { n: num(e.reports), m: num(e.mentions) })));
    const aliases = el("section", {}, el("h2", {}, t("entity.aliases")),
      e.aliases.length ? el("ul", { class: "aliases" }, e.aliases.map(a => el("li", { dir: "auto" }, a)))
        : el("p", { class: "muted" }, t("entity.none")));
    const seen = el("section", {}, el("h2", {}, t("entity.lastSeen")), e.last_seen
      ? el("p", {}, entityLink(e.last_seen.place), " · ", date(e.last_seen.when), " · ", e.last_seen.source,
        " (" + e.last_seen.grade + ") ", evidenceLink(e.last_seen.report, e.last_seen.evidence))
      : el("p", { class: "muted" }, t("entity.none")));
    const facts = el("ul", { class: "facts", id: "affiliations" }, e.affiliations.map(fact));
    // a group can have thousands of affiliations: the page asks for them a page at a time
    const next = el("button", { type: "button", class: "more-affiliations", onclick: async ev => {
      ev.target.disabled = true;
      try {
        const more = await api("/api/entities/" + refPath(ref) + "?offset=" + facts.children.length);
        more.affiliations.forEach(f => facts.appendChild(fact(f)));
        ev.target.disabled = false;
        if (facts.children.length >= more.affiliations_total || !more.affiliations.length) { ev.target.remove(); }
        else { ev.target.textContent = t("entity.moreAffiliations", { n: num(more.affiliations_total - facts.children.length) }); }
      } catch (err) {
        ev.target.after(el("p", { class: "error" }, t("error") + ": " + err.message));
      }
    } }, t("entity.moreAffiliations", { n: num(e.affiliations_total - e.affiliations.length) }));
    const aff = el("section", {}, el("h2", {}, t("entity.affiliations")),
      e.affiliations.length ? [facts, e.affiliations_total > e.affiliations.length ? next : null]
        : el("p", { class: "muted" }, t("entity.none")));
    const ident = e.ident || e.name;
    const more = el("p", { class: "more" }, el("a", { href: "#/timeline/" + refPath(ident) }, t("nav.timeline")), " · ",
      el("a", { href: "#/network/" + refPath(ident) }, t("nav.network")));
    show(head, more, seen, aff, aliases);
  }

  function evidenceLink(report, ev) {
    const text = typeof ev === "string" ? ev : ev.text;
    const hl = typeof ev === "string" ? "" : "?hl=" + ev.start + "-" + ev.end;
    return el("a", { href: "#/report/" + report + hl, class: "evidence", dir: "auto" }, "«" + text + "»");
  }

  function fact(f) {
    const args = Object.entries(f.args).map(([role, ents]) => el("span", { class: "arg" },
      el("span", { class: "role" }, role + ": "), ents.map((x, i) => [i ? "، " : "", entityLink(x)])));
    const total = f.evidence_total || f.evidence.length;
    const list = el("ul", { class: "evidence-list" }, f.evidence.map(evidenceItem));
    // an entity page carries each affiliation's best few pieces of evidence; the rest is paged on demand
    const all = f.ref && total > f.evidence.length
      ? el("button", { type: "button", class: "show-all", onclick: ev => showAll(f.ref, list, ev.target) },
        t("entity.showAll", { n: num(total) }))
      : null;
    return el("li", { class: "fact" },
      el("div", {}, el("strong", {}, f.type), " ", modality(f.modality), " ", f.when ? date(f.when) : "",
        " · ", f.derivation),
      el("div", { class: "args" }, args),
      el("details", {}, el("summary", {}, t("entity.evidence") + " (" + num(total) + ")"), list, all));
  }

  function evidenceItem(ev) {
    return el("li", {}, ev.source + " (" + ev.grade + ") ", modality(ev.modality), " ",
      ev.attribution ? "— " + ev.attribution + " " : "", evidenceLink(ev.report, ev));
  }

  /** Replaces the shown evidence with every piece, a page at a time, the button asking for the next page. */
  async function showAll(ref, list, button) {
    const cursor = button.dataset.cursor;
    button.disabled = true;
    try {
      const page = await api("/api/facts/" + encodeURIComponent(ref) + "/evidence?limit=50"
        + (cursor ? "&cursor=" + encodeURIComponent(cursor) : ""));
      if (!cursor) { list.replaceChildren(); }
      page.items.forEach(ev => list.appendChild(evidenceItem(ev)));
      if (page.next_cursor) {
        button.dataset.cursor = page.next_cursor;
        button.textContent = t("entity.showMore", { n: num(page.total - list.children.length) });
        button.disabled = false;
      } else {
        button.remove();
      }
    } catch (err) {
      button.disabled = false;
      button.after(el("p", { class: "error" }, t("error") + ": " + err.message));
    }
  }

  // ---- report ----
  async function report(id, params) {
    const r = await api("/api/reports/" + encodeURIComponent(id));
    const focus = (params.get("hl") || "").split("-").map(Number);
    const cps = Array.from(r.text); // code points; spans count these
    const cut = new Set([0, cps.length]);
    const spans = [];
    r.mentions.forEach((m, i) => spans.push({ kind: "m", i, start: m.start, end: m.end }));
    r.claims.forEach((c, i) => spans.push({ kind: "c", i, start: c.start, end: c.end }));
    spans.forEach(s => { cut.add(s.start); cut.add(s.end); });
    if (focus.length === 2 && !isNaN(focus[0])) { cut.add(focus[0]); cut.add(focus[1]); }
    const points = [...cut].filter(p => p >= 0 && p <= cps.length).sort((a, b) => a - b);
    const body = el("div", { class: "report-text", dir: r.language === "ar" ? "rtl" : "ltr", lang: r.language,
      id: "report-text" });
    const detail = el("aside", { class: "detail", id: "detail" }, el("p", { class: "muted" }, t("report.pick")));
    let first = null;
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k], b = points[k + 1];
      const text = cps.slice(a, b).join("");
      const over = spans.filter(s => s.start <= a && s.end >= b);
      if (!over.length && !(focus[0] <= a && b <= focus[1])) { body.appendChild(document.createTextNode(text)); continue; }
      const ments = over.filter(s => s.kind === "m").map(s => r.mentions[s.i]);
      const claims = over.filter(s => s.kind === "c").map(s => r.claims[s.i]);
      const classes = [];
      if (ments.length) { classes.push("ent", "ent-" + ments[ments.length - 1].entity.type); }
      if (claims.length) { classes.push("claim", "mod-" + weakest(claims)); }
      if (focus[0] <= a && b <= focus[1]) { classes.push("focus"); }
      const span = el("span", { class: classes.join(" "), tabindex: "0", "data-start": a, "data-end": b,
        onclick: () => explain(detail, ments, claims), onkeydown: ev => { if (ev.key === "Enter") { explain(detail, ments, claims); } } }, text);
      if (classes.includes("focus") && !first) { first = span; }
      body.appendChild(span);
    }
    const meta = el("p", { class: "muted" }, t("report.source") + ": " + r.source + " (" + r.grade + ") · "
      + t("report.published") + ": " + (r.published ? date(r.published) : "—") + " · " + (r.input || ""));
    show(el("h1", { dir: "auto" }, r.title || r.input || ("#" + r.id)), meta,
      el("p", { class: "legend" }, ["ASSERTED", "REPORTED", "LIKELY", "DENIED"].map(m => [modality(m), " "])),
      el("div", { class: "report" }, body, detail));
    if (first) { first.scrollIntoView({ block: "center" }); }
  }

  /** The least certain modality among claims over one stretch of text: a hedge must show. */
  function weakest(claims) {
    const order = ["DENIED", "RUMOURED", "POSSIBLE", "LIKELY", "REPORTED", "ASSERTED"];
    return claims.map(c => c.modality).sort((x, y) => order.indexOf(x) - order.indexOf(y))[0];
  }

  function explain(panel, ments, claims) {
    panel.replaceChildren(
      ...ments.map(m => el("div", { class: "explain" }, el("h3", {}, t("report.entity")), entityLink(m.entity),
        " ", el("span", { class: "muted" }, m.entity.type))),
      ...claims.map(c => el("div", { class: "explain claim-detail" }, el("h3", {}, t("report.claim")),
        el("p", {}, el("strong", {}, c.type), " ", modality(c.modality)),
        c.attribution ? el("p", {}, "— " + c.attribution) : null,
        c.time ? el("p", {}, c.time + (c.earliest ? " (" + date(c.earliest) + ")" : "")) : null,
        el("ul", {}, Object.entries(c.args).map(([role, ents]) => el("li", {}, role + ": ",
          ents.map((x, i) => [i ? "، " : "", entityLink(x)])))))));
  }


  // ---- charts (ECharts from its WebJar); tooltips render as plain text, never as HTML ----
  function chart(node) {
    const c = echarts.init(node, null, { renderer: "svg" });
    window.addEventListener("resize", () => c.resize());
    return c;
  }

  const TYPE_COLOURS = { ARMED_GROUP: "#e8924a", PERSON: "#4a86d8", LOCATION: "#4aa35a", STATE_ACTOR: "#9a62d0",
    ORGANIZATION: "#b9a43a" };

  /** Subject–object pairs of a fact; participants pairwise (mergers, meetings, alliances). */
  function pairs(f) {
    const a = f.args;
    const out = [];
    (a.subject || []).forEach(s => (a.object || []).forEach(o => out.push([s, o])));
    (a.agent || []).forEach(s => (a.target || []).forEach(o => out.push([s, o])));
    const p = a.participants || [];
    for (let i = 0; i < p.length; i++) { for (let j = i + 1; j < p.length; j++) { out.push([p[i], p[j]]); } }
    (a.participants || []).forEach(x => (a.object || []).forEach(o => out.push([x, o])));
    return out;
  }

  // ---- network ----
  async function network(ref, params) {
    const asOf = params.get("asOf") || "";
    const type = params.get("type") || "";
    const date = el("input", { type: "date", name: "asOf", value: asOf, "aria-label": t("network.asOf") });
    const types = el("select", { name: "type", "aria-label": t("network.type") }, el("option", { value: "" }, t("network.all")),
      ["PLEDGED_ALLEGIANCE", "MEMBER_OF", "LEADER_OF", "PART_OF", "ALLIANCE", "MERGER", "SPLIT_FROM", "ASSOCIATED_WITH",
        "COOPERATION", "OPERATES_IN", "ATTACK", "KILLED", "ARREST", "KIDNAPPING", "MOVEMENT", "MEETING",
        "CLAIMED_RESPONSIBILITY"].map(x => el("option", { value: x, selected: x === type ? "selected" : null }, x)));
    const center = el("input", { type: "text", name: "center", value: ref || "", dir: "auto", "aria-label": t("network.center"),
      placeholder: t("network.center") });
    const form = el("form", { class: "controls", onsubmit: ev => {
      ev.preventDefault();
      const q = new URLSearchParams();
      if (date.value) { q.set("asOf", date.value); }
      if (types.value) { q.set("type", types.value); }
      location.hash = "#/network/" + refPath(center.value.trim()) + "?" + q.toString();
    } }, el("label", {}, t("network.center") + " ", center), el("label", {}, t("network.asOf") + " ", date),
      el("label", {}, t("network.type") + " ", types), el("button", { type: "submit" }, t("network.show")));
    const q = new URLSearchParams({ limit: "500" });
    if (asOf) { q.set("asOf", asOf); }
    if (type) { q.set("type", type); }
    if (ref) { q.set("entity", ref); }
    const page = await api("/api/relations?" + q.toString());
    const nodes = new Map();
    const links = [];
    page.items.forEach(f => pairs(f).forEach(([a, b]) => {
      [a, b].forEach(e => nodes.set(e.id, e));
      links.push({ source: String(a.id), target: String(b.id), type: f.type, fact: f, a, b });
    }));
    const box = el("div", { class: "chart", id: "network-chart" });
    const table = el("table", { class: "edges", id: "network-edges" }, links.map(l => el("tr", { "data-type": l.type },
      el("td", {}, entityLink(l.a)), el("td", {}, el("strong", {}, l.type), " ", modality(l.fact.modality)),
      el("td", {}, entityLink(l.b)))));
    show(form, el("p", { class: "muted", id: "network-count" }, t("network.links", { n: num(links.length) })), box, table);
    const c = chart(box);
    c.setOption({
      tooltip: { renderMode: "richText" },
      series: [{ type: "graph", layout: "force", roam: true, draggable: true,
        label: { show: true, position: "right", fontSize: 11 }, force: { repulsion: 220, edgeLength: 90 },
        data: [...nodes.values()].map(e => ({ id: String(e.id), name: entityName(e), value: e.type,
          symbolSize: e.ident === ref || e.name === ref || e.name_en === ref ? 26 : 14,
          itemStyle: { color: TYPE_COLOURS[e.type] || "#888" } })),
        links: links.map(l => ({ source: l.source, target: l.target, value: l.type,
          lineStyle: { type: l.fact.modality === "ASSERTED" ? "solid" : "dashed", opacity: 0.7 } })) }]
    });
    c.on("click", p => { if (p.dataType === "node") { location.hash = "#/entity/" + refPath(nodes.get(Number(p.data.id)).ident); } });
  }

  // ---- timeline ----
  async function timeline(ref) {
    const page = await api("/api/timeline/" + refPath(ref) + "?limit=500");
    const dated = page.items.filter(f => f.when).sort((x, y) => x.when.localeCompare(y.when));
    const months = new Map();
    dated.forEach(f => { const m = f.when.slice(0, 7); months.set(m, (months.get(m) || 0) + 1); });
    const keys = [...months.keys()].sort();
    const box = el("div", { class: "chart small", id: "timeline-chart" });
    show(el("h1", { dir: "auto" }, ref), el("p", {}, el("a", { href: "#/entity/" + refPath(ref) }, "← " + ref)),
      el("h2", {}, t("timeline.perMonth")), box,
      el("ol", { class: "facts timeline", id: "timeline-list" }, dated.map(f => el("li", {}, el("time", { datetime: f.when }, date(f.when)), fact(f)))));
    chart(box).setOption({ tooltip: { renderMode: "richText" }, grid: { left: 40, right: 20, top: 10, bottom: 40 },
      xAxis: { type: "category", data: keys, inverse: lang === "ar" }, yAxis: { type: "value", minInterval: 1, position: lang === "ar" ? "right" : "left" },
      series: [{ type: "bar", data: keys.map(k => months.get(k)), itemStyle: { color: "#0b5cad" } }] });
  }

  // ---- map ----
  let outlines = null;
  async function map(params) {
    if (!outlines) {
      outlines = await (await fetch("/outlines.geojson")).json();
      echarts.registerMap("region", outlines);
    }
    const q = new URLSearchParams({ limit: "500" });
    if (params.get("asOf")) { q.set("asOf", params.get("asOf")); }
    const page = await api("/api/relations?" + q.toString());
    const points = [];
    page.items.forEach(f => (f.args.location || []).forEach(p => {
      if (p.geo) { points.push({ name: entityName(p) + " · " + f.type, value: [p.geo.lon, p.geo.lat], fact: f, place: p }); }
    }));
    const box = el("div", { class: "chart map", id: "map-chart" });
    show(el("h1", {}, t("nav.map")), el("p", { class: "muted", id: "map-count" }, t("map.events", { n: num(points.length) })), box,
      el("ul", { class: "located", id: "map-list" }, points.map(p => el("li", {}, entityLink(p.place), " — ",
        el("strong", {}, p.fact.type), " ", modality(p.fact.modality), " ", p.fact.when ? date(p.fact.when) : ""))));
    chart(box).setOption({ tooltip: { renderMode: "richText" },
      geo: { map: "region", roam: true, center: [5, 18], zoom: 2.2, itemStyle: { areaColor: "#eef1f5", borderColor: "#9aa5b5" },
        label: { show: false } },
      series: [{ type: "scatter", coordinateSystem: "geo", symbolSize: 9, data: points.map(p => ({ name: p.name, value: p.value })),
        itemStyle: { color: "#c0392b" } }] });
  }

  // ---- ingest ----
  function ingest() {
    const files = el("input", { type: "file", name: "files", multiple: "multiple", accept: ".txt,.html,.htm,.jsonl", id: "ingest-files" });
    const source = el("input", { type: "text", name: "source", dir: "auto" });
    const reliability = el("select", { name: "reliability" }, el("option", { value: "" }, "—"), "ABCDEF".split("").map(x => el("option", { value: x }, x)));
    const credibility = el("select", { name: "credibility" }, el("option", { value: "" }, "—"), "123456".split("").map(x => el("option", { value: x }, x)));
    const published = el("input", { type: "date", name: "published" });
    const bar = el("progress", { id: "ingest-progress", max: "1", value: "0" });
    const status = el("p", { id: "ingest-status", class: "muted" });
    const form = el("form", { class: "ingest", onsubmit: async ev => {
      ev.preventDefault();
      const body = new FormData();
      [...files.files].forEach(f => body.append("files", f, f.name));
      [["source", source], ["reliability", reliability], ["credibility", credibility], ["published", published]]
        .forEach(([k, input]) => { if (input.value) { body.append(k, input.value); } });
      try {
        const r = await fetch("/api/ingest", { method: "POST", body, headers: headers() });
        if (r.status === 401) { throw new SignInNeeded(); }
        let job = await r.json();
        if (!r.ok) { throw new Error(job.detail); }
        while (job.state === "QUEUED" || job.state === "RUNNING") {
          bar.value = job.progress;
          status.textContent = num(job.seen) + " / " + num(job.items);
          await new Promise(res => setTimeout(res, 400));
          job = await api("/api/ingest/" + job.id);
        }
        bar.value = 1;
        status.textContent = job.state === "DONE" ? t("ingest.done", { a: num(job.ingested), d: num(job.duplicates), r: num(job.rejected) })
          + (job.reasons.length ? " — " + job.reasons.join("; ") : "") : t("error") + ": " + job.error;
        refreshUnread();
      } catch (err) {
        if (err instanceof SignInNeeded) { login(); return; }
        status.textContent = t("error") + ": " + err.message;
      }
    } },
    el("label", {}, t("ingest.files"), files), el("label", {}, t("ingest.source"), source),
    el("label", {}, t("ingest.reliability"), reliability), el("label", {}, t("ingest.credibility"), credibility),
    el("label", {}, t("ingest.published"), published), el("button", { type: "submit" }, t("ingest.send")));
    show(el("h1", {}, t("nav.ingest")), form, bar, status);
  }

  // ---- alerts ----
  function seenAlerts() {
    try { return new Set(JSON.parse(localStorage.getItem("marsad.seenAlerts") || "[]")); } catch (e) { return new Set(); }
  }

  async function refreshUnread() {
    try {
      const page = await api("/api/alerts?limit=500");
      const seen = seenAlerts();
      const unread = page.items.filter(a => !seen.has(a.id)).length;
      const badge = document.getElementById("unread");
      badge.textContent = num(unread);
      badge.hidden = unread === 0;
    } catch (e) { /* the badge is a hint; the alerts page shows errors */ }
  }

  async function alerts() {
    const page = await api("/api/alerts?limit=500");
    localStorage.setItem("marsad.seenAlerts", JSON.stringify(page.items.map(a => a.id)));
    refreshUnread();
    show(el("h1", {}, t("nav.alerts")), page.items.length ? el("ul", { class: "alerts" }, page.items.map(a =>
      el("li", {}, el("strong", {}, t("alerts.watch") + ": " + a.watch), " ", modality(a.modality), " ",
        date(a.raised), " ", evidenceLink(a.report, a.evidence)))) : el("p", { class: "muted" }, t("alerts.none")));
  }

  // ---- routing ----
  let renders = 0;
  let settled = 0;

  async function route() {
    const mine = ++navigation;
    const hash = location.hash || "#/search";
    const [path, query] = hash.slice(1).split("?");
    const params = new URLSearchParams(query || "");
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    refreshUnread(); // the header's count follows every move, not only page loads
    try {
      if (parts[0] === "entity" && parts[1]) { await entity(parts.slice(1).join("/")); }
      else if (parts[0] === "report" && parts[1]) { await report(parts[1], params); }
      else if (parts[0] === "alerts") { await alerts(); }
      else if (parts[0] === "network") { await network(parts.slice(1).join("/"), params); }
      else if (parts[0] === "timeline" && parts[1]) { await timeline(parts.slice(1).join("/")); }
      else if (parts[0] === "map") { await map(params); }
      else if (parts[0] === "ingest") { ingest(); }
      else if (parts[0] === "login") { login(); }
      else { await search(params); }
    } catch (err) {
      if (err instanceof Stale) { /* a newer navigation shows its own page */ }
      else if (mine !== navigation) { /* nor an error of an older one */ }
      else if (err instanceof SignInNeeded) {
        login(sessionStorage.getItem(TOKEN) ? t("login.refused") : null);
      } else { failed(err); }
    }
    // every route that finished, shown or dropped as stale: what a test waits for before it looks
    view.setAttribute("data-settled", String(++settled));
    if (mine !== navigation) { return; }
    // which route the view shows once it has shown it
    if ((location.hash || "#/search") === hash) { view.setAttribute("data-route", hash); }
    // every finished rendering counts, also of the same route again (after a language switch)
    view.setAttribute("data-renders", String(++renders));
  }

  document.getElementById("lang").addEventListener("click", () => {
    lang = lang === "ar" ? "en" : "ar";
    localStorage.setItem("marsad.lang", lang);
    applyLanguage();
    route();
    refreshUnread();
  });
  window.addEventListener("hashchange", route);
  takeTokenFromLink();
  applyLanguage();
  refreshUnread();
  route();
})();
