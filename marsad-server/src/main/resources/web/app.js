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

  async function api(path) {
    const r = await fetch(path, { headers: { "Accept": "application/json" } });
    const body = await r.json();
    if (!r.ok) { throw new Error(body.detail || (r.status + "")); }
    return body;
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
        facetLink(dim, c.label, params), " ", el("span", { class: "count" }, num(c.count))))))));
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
    const aff = el("section", {}, el("h2", {}, t("entity.affiliations")),
      e.affiliations.length ? el("ul", { class: "facts" }, e.affiliations.map(fact))
        : el("p", { class: "muted" }, t("entity.none")));
    show(head, seen, aff, aliases);
  }

  function evidenceLink(report, ev) {
    const text = typeof ev === "string" ? ev : ev.text;
    const hl = typeof ev === "string" ? "" : "?hl=" + ev.start + "-" + ev.end;
    return el("a", { href: "#/report/" + report + hl, class: "evidence", dir: "auto" }, "«" + text + "»");
  }

  function fact(f) {
    const args = Object.entries(f.args).map(([role, ents]) => el("span", { class: "arg" },
      el("span", { class: "role" }, role + ": "), ents.map((x, i) => [i ? "، " : "", entityLink(x)])));
    return el("li", { class: "fact" },
      el("div", {}, el("strong", {}, f.type), " ", modality(f.modality), " ", f.when ? date(f.when) : "",
        " · ", f.derivation),
      el("div", { class: "args" }, args),
      el("details", {}, el("summary", {}, t("entity.evidence") + " (" + num(f.evidence.length) + ")"),
        el("ul", {}, f.evidence.map(ev => el("li", {}, ev.source + " (" + ev.grade + ") ", modality(ev.modality), " ",
          ev.attribution ? "— " + ev.attribution + " " : "", evidenceLink(ev.report, ev))))));
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
  async function route() {
    const hash = location.hash || "#/search";
    const [path, query] = hash.slice(1).split("?");
    const params = new URLSearchParams(query || "");
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    refreshUnread(); // the header's count follows every move, not only page loads
    try {
      if (parts[0] === "entity" && parts[1]) { await entity(parts.slice(1).join("/")); }
      else if (parts[0] === "report" && parts[1]) { await report(parts[1], params); }
      else if (parts[0] === "alerts") { await alerts(); }
      else { await search(params); }
    } catch (err) { failed(err); }
  }

  document.getElementById("lang").addEventListener("click", () => {
    lang = lang === "ar" ? "en" : "ar";
    localStorage.setItem("marsad.lang", lang);
    applyLanguage();
    route();
    refreshUnread();
  });
  window.addEventListener("hashchange", route);
  applyLanguage();
  refreshUnread();
  route();
})();
