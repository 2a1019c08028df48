// Shared parts of the Inclusion Hub dashboards: header, charts with a table view, live updates.
// Everything is loaded from the service itself (Chart.js comes from its WebJar); no CDN.
"use strict";

const Hub = {
  async json(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(url + " answered " + response.status);
    return response.json();
  },

  /** The shared header: links to the three dashboards, the current one marked. */
  async header(current) {
    const nav = document.querySelector("header.hub nav");
    try {
      for (const link of await Hub.json("/api/v1/dashboard-links")) {
        const a = document.createElement("a");
        a.href = link.url;
        a.textContent = link.name;
        if (link.name === current) a.setAttribute("aria-current", "page");
        nav.appendChild(a);
      }
    } catch (e) { nav.textContent = "(links unavailable)"; }
  },

  /**
   * A card with a bar chart and the same figures as a table (for screen readers, keyboards and
   * tests). rows: [{label, value, extra}] ; returns the card element.
   */
  barCard(container, id, title, note, rows, options = {}) {
    let card = document.getElementById(id);
    if (!card) {
      card = document.createElement("section");
      card.className = "card";
      card.id = id;
      card.setAttribute("aria-labelledby", id + "-title");
      card.innerHTML = `<h2 id="${id}-title"></h2><p class="n"></p>
        <div class="chart"><canvas role="img"></canvas></div>
        <details><summary>Table</summary><table><thead></thead><tbody></tbody></table></details>
        <p class="downloads">Download: <a class="download-csv" download="${id}.csv">data (CSV)</a>
          · <a class="download-png" download="${id}.png" href="#">chart (PNG)</a></p>`;
      container.appendChild(card);
      // the PNG is drawn from the chart as it is when clicked
      card.querySelector(".download-png").addEventListener("click", e => { e.currentTarget.href = card.chart.toBase64Image("image/png", 1); });
    }
    card.querySelector("h2").textContent = title;
    card.querySelector(".n").textContent = note || "";
    const canvas = card.querySelector("canvas");
    canvas.setAttribute("aria-label", title + ": " + rows.map(r => r.label + " " + r.value).join(", "));
    const headers = options.headers || ["", "Count"];
    card.querySelector("thead").innerHTML = "<tr>" + headers.map((h, i) => `<th scope="col" class="${i ? "num" : ""}">${Hub.escape(h)}</th>`).join("") + "</tr>";
    card.querySelector("tbody").innerHTML = rows.map(r => `<tr data-key="${Hub.escape(r.key ?? r.label)}"><th scope="row">${Hub.escape(r.label)}</th>`
      + `<td class="num">${Hub.format(r.value)}</td>` + (r.extra !== undefined ? `<td class="num">${Hub.escape(r.extra)}</td>` : "") + "</tr>").join("");
    card.querySelector(".download-csv").href = "data:text/csv;charset=utf-8," + encodeURIComponent(Hub.csv(card.querySelector("table")));
    // one series: each category keeps its colour on every chart (by its key); several series: one colour each
    const datasets = options.datasets
      ? options.datasets.map((d, i) => Object.assign({ backgroundColor: Hub.PALETTE[i % Hub.PALETTE.length] }, d))
      : [{ label: headers[1], data: rows.map(r => r.value), backgroundColor: rows.map(r => Hub.colour(r.key ?? r.label)) }];
    const data = { labels: rows.map(r => Hub.short(r.label)), datasets };
    card.fullLabels = rows.map(r => String(r.label));  // a shortened axis label shows in full on hover
    if (card.chart) {
      card.chart.data = data;
      card.chart.update();
    } else {
      card.chart = new Chart(canvas, { type: options.type || "bar", data,
        options: { indexAxis: options.horizontal ? "y" : "x", animation: false, maintainAspectRatio: false,
          plugins: { legend: { display: !!options.datasets },
            tooltip: { callbacks: { title: items => items.length ? card.fullLabels[items[0].dataIndex] : "" } } },
          scales: Hub.scales(options) } });
    }
    return card;
  },

  /**
   * Subscribes to the SSE stream first and loads the figures once it is open (and again after every
   * reconnect), then whenever it reports a change (debounced): no change can fall between the load
   * and the subscription.
   */
  live(streamUrl, reload, statusElement) {
    let pending = null;
    const run = async () => {
      try {
        await reload();
        statusElement.textContent = "Updated " + new Date().toLocaleTimeString();
      } catch (e) { statusElement.textContent = "Could not load: " + e.message; }
    };
    const source = new EventSource(streamUrl);  // reconnects by itself and sends Last-Event-ID
    source.addEventListener("open", run);
    source.addEventListener("statistics-changed", () => {
      clearTimeout(pending);
      pending = setTimeout(run, 200);
    });
    // the server could not resume from our last position: reload everything
    source.addEventListener("reset", run);
    // a browser allows six connections per server: a page left behind must not keep its stream open
    window.addEventListener("pagehide", () => source.close());
    return source;
  },

  /** Colours that stay apart for colour-blind viewers (Okabe and Ito), dark enough on white. */
  PALETTE: ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#8c6d00", "#4b4b4b"],

  /** The colour of a category, the same on every chart: chosen by its key. */
  colour(key) {
    let hash = 0;
    for (const c of String(key)) hash = (hash * 31 + c.codePointAt(0)) >>> 0;
    return Hub.PALETTE[hash % Hub.PALETTE.length];
  },

  /** The table as CSV (RFC 4180): its header row, then each row, cell texts as shown. */
  csv(table) {
    const quote = text => /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
    return [...table.querySelectorAll("tr")]
      .map(tr => [...tr.children].map(cell => quote(cell.textContent.trim())).join(",")).join("\r\n") + "\r\n";
  },

  /** A country's name from its ISO 3166-1 code, in the viewer's language (English when the browser has none). */
  country(code) {
    try {
      return new Intl.DisplayNames([...(navigator.languages || []), "en"], { type: "region" }).of(code) || code;
    } catch (e) { return code; }
  },

  escape(text) {
    return String(text ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  },
  /**
   * Every category label shown (long ones shortened, in full in the table) and whole-number value ticks from 0,
   * merged with the card's own scales.
   */
  scales(options) {
    const category = options.horizontal ? "y" : "x";
    const value = options.horizontal ? "x" : "y";
    const scales = Object.assign({}, options.scales || {});
    scales[category] = Object.assign({ ticks: { autoSkip: false } }, scales[category] || {});
    // counts and scores read in whole steps (no 0.1 of a practice)
    scales[value] = Object.assign({ beginAtZero: true, ticks: { precision: 0 } }, scales[value] || {});
    return scales;
  },

  format(value) {
    return value === null || value === undefined ? "–" : (typeof value === "number" ? String(Math.round(value * 100) / 100) : String(value));
  },
  short(label) {
    return String(label).length > 28 ? String(label).slice(0, 27) + "…" : String(label);
  },
};
