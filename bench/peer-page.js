// The benchmark's peer page (bench/peer.mjs copies this file as peer.js): the prerendered
// story driven by a typical D3 7 + Scrollama 3 script instead of our app. Scrollama watches
// the steps; when a step enters (at 70 % of the viewport, our step engine's line on phones),
// its chart's slot becomes the current one and D3 draws that chart, once, as a plain bar
// chart of the table already in the page (each figure's <table>: label, value). A classic
// script, loaded with `defer` after d3.min.js and scrollama.min.js (globals `d3`, `scrollama`).
(function () {
  "use strict";
  // The page's static rules for links to steps apply while no script runs (`:root:not([data-app])`);
  // this script now manages the current slot. Not "ready": our app's buttons stay hidden.
  document.documentElement.dataset.app = "peer";

  const UNITS = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8 };
  // "8,145萬元" → 81450000, "逾1,500套" → 1500, "175.3%" → 175.3; null when there is no number.
  function parseValue(text) {
    const m = /([0-9][0-9,]*(?:\.[0-9]+)?)\s*([萬万億亿])?/.exec(text);
    return m ? Number(m[1].replace(/,/g, "")) * (UNITS[m[2]] || 1) : null;
  }

  // The table's rows, read with d3 from the page.
  function rowsOf(figure) {
    return d3
      .select(figure)
      .selectAll("table tbody tr")
      .nodes()
      .map((tr) => {
        const text = d3.select(tr).select("td").text();
        return { label: d3.select(tr).select("th").text(), text, value: parseValue(text) };
      })
      .filter((d) => d.value !== null);
  }

  function draw(slot) {
    const figure = slot && slot.querySelector(".chart");
    if (!figure || figure.dataset.state === "drawn") return;
    const box = figure.querySelector(".chart-box");
    const rows = rowsOf(figure);
    const { width, height } = box.getBoundingClientRect();
    if (!rows.length || !width || !height) return;

    const margin = { top: 8, right: 12, bottom: 8, left: 12 };
    const w = width - margin.left - margin.right;
    const h = height - margin.top - margin.bottom;
    const x = d3.scaleLinear().domain([0, d3.max(rows, (d) => d.value)]).range([0, w]);
    const y = d3.scaleBand().domain(d3.range(rows.length)).range([0, h]).paddingInner(0.35).paddingOuter(0.1);
    const bar = Math.min(y.bandwidth() * 0.45, 28);

    const svg = d3
      .select(box)
      .append("svg")
      .attr("class", "peer-chart")
      .attr("viewBox", `0 0 ${width} ${height}`)
      .attr("aria-hidden", "true")
      .style("position", "absolute")
      .style("inset", "0")
      .style("width", "100%")
      .style("height", "100%")
      .style("background", "var(--chart-bg)");
    const g = svg.append("g").attr("transform", `translate(${margin.left},${margin.top})`);
    const row = g
      .selectAll("g")
      .data(rows)
      .join("g")
      .attr("transform", (_, i) => `translate(0,${y(i)})`);
    row
      .append("text")
      .attr("y", y.bandwidth() - bar - 6)
      .style("fill", "var(--chart-fg)")
      .style("font-size", "14px")
      .text((d) => d.label);
    row
      .append("rect")
      .attr("y", y.bandwidth() - bar)
      .attr("height", bar)
      .attr("width", 0)
      .style("fill", "var(--accent)")
      .transition()
      .duration(600)
      .attr("width", (d) => Math.max(2, x(d.value)));
    row
      .append("text")
      .attr("x", w)
      .attr("y", y.bandwidth() - bar - 6)
      .attr("text-anchor", "end")
      .style("fill", "var(--chart-fg)")
      .style("font-size", "14px")
      .style("font-weight", "700")
      .text((d) => d.text);
    // The page's own rules then hide the static picture; the table stays for screen readers.
    figure.dataset.state = "drawn";
  }

  function enter({ element }) {
    const scrolly = element.closest(".scrolly");
    const chart = element.dataset.chart;
    d3.select(scrolly)
      .selectAll(".step")
      .classed("active", function () {
        return this === element;
      });
    d3.select(scrolly)
      .selectAll(".graphic-slot")
      .classed("current", function () {
        return this.dataset.chart === chart;
      });
    draw(scrolly.querySelector(`.graphic-slot[data-chart="${chart}"]`));
  }

  scrollama().setup({ step: ".scrolly .step", offset: 0.7 }).onStepEnter(enter);
})();
