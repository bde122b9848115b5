//! `<ChartFigure>`: a chart as a `<figure>` with its canvas, tooltip, data table and caption.
//!
//! The markup is a function of the chart data only (never of a cargo feature, the target,
//! the viewport, the DPR or the browser), so the prerendered HTML and the hydrated page
//! agree. Before the app draws (no JavaScript, or not yet), and when a chart cannot draw,
//! CSS shows the table in the chart's reserved box (`data-state="static"` / `"fallback"`);
//! once drawn (`"drawn"`) the table is visually hidden but stays for screen readers, and
//! the button swaps chart and table. The browser work (canvas size, observers, drawing,
//! pointer and keys, tweens) runs in an effect after hydration, in `canvas.rs`.

use leptos::prelude::*;

use super::kinds;
use super::spec::{kind_name, ChartData};
use super::theme::Theme;
use super::tween::fixed;
use super::ui;

/// The space a chart reserves before it is drawn, from its data alone (no layout shift):
/// an aspect ratio (width / height) and a minimum height in rem that grows with the number
/// of rows and with the page's text size. Each kind says its own.
pub fn reserve(chart: &ChartData) -> (f64, f64) {
    kinds::of(chart.kind).reserve(chart)
}

/// The `style` of the figure: the reserve as CSS custom properties (see style/charts.css).
pub fn reserve_style(chart: &ChartData) -> String {
    let (ar, min_rem) = reserve(chart);
    let ar = fixed((ar * 1e4).round() as u64, 4);
    let min = fixed((min_rem * 10.0).round() as u64, 1);
    format!("--chart-ar:{ar};--chart-min:{min}rem")
}

/// A chart figure.
///
/// - `data`: the chart, already localised (labels in the page's language, numbers
///   formatted). A change (a step) tweens the marks from where they are and updates the
///   summary, table and caption; its `id`, `kind` and number of items are read once (the
///   reserved size comes from them): a different chart is a different `<ChartFigure>`.
/// - `focus`: indices of the items the current step is about; the others are dimmed.
/// - `theme`: light or dark; unset, the chart follows the page (`<html data-theme>`, else
///   `prefers-color-scheme`).
/// - `reduced_motion`: no tweens (also off when the reader's system asks for reduced motion).
#[component]
pub fn ChartFigure(
    #[prop(into)] data: Signal<ChartData>,
    #[prop(into, optional)] focus: Signal<Vec<usize>>,
    #[prop(into, optional)] theme: MaybeProp<Theme>,
    #[prop(into, optional)] reduced_motion: Signal<bool>,
) -> impl IntoView {
    let figure_ref = NodeRef::<leptos::html::Figure>::new();
    let (table_open, set_table_open) = signal(false);
    // Identity, kind and reserved size are read once: a figure is one chart; steps change
    // its figures, focus and words, which stay reactive below.
    let (table_id, kind, style) = data.with_untracked(|d| {
        (
            format!("chart-{}-table", d.id),
            kind_name(d.kind),
            reserve_style(d),
        )
    });
    let lang = move || data.with(|d| d.lang);
    // Few reactive closures, each rebuilding a whole part: smaller wasm than one per text.

    #[cfg(target_arch = "wasm32")]
    {
        let glue = StoredValue::new_local(None::<super::canvas::CanvasChart>);
        Effect::new(move |_| {
            let d = data.get();
            let f = focus.get();
            let th = theme.get();
            let rm = reduced_motion.get();
            let Some(fig) = figure_ref.get() else { return };
            glue.update_value(|slot| match slot {
                Some(c) => c.update(d, f, th, rm),
                None => *slot = super::canvas::CanvasChart::attach(&fig, d, f, th, rm),
            });
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (focus, theme, reduced_motion, figure_ref);

    view! {
        <figure
            node_ref=figure_ref
            class="chart"
            data-kind=kind
            data-state="static"
            data-table=move || if table_open.get() { "open" } else { "closed" }
            style=style
        >
            <div class="chart-box">
                <canvas
                    class="chart-canvas"
                    role="img"
                    tabindex="0"
                    aria-label=move || data.with(|d| d.summary.clone())
                ></canvas>
                <div class="chart-tip" aria-hidden="true" hidden></div>
                <table class="chart-table" id=table_id.clone()>
                    {move || data.with(table_contents)}
                </table>
                <span class="chart-rem" aria-hidden="true"></span>
            </div>
            <p class="chart-live" aria-live="polite"></p>
            <figcaption class="chart-caption">
                {move || data.with(caption)}
                " "
                <button
                    type="button"
                    class="chart-table-toggle"
                    aria-controls=table_id
                    aria-expanded=move || table_open.get().to_string()
                    on:click=move |_| set_table_open.update(|o| *o = !*o)
                >
                    {move || ui::table_toggle(lang(), table_open.get())}
                </button>
            </figcaption>
        </figure>
    }
}

/// The table's caption, head and rows.
fn table_contents(d: &ChartData) -> impl IntoView {
    let [item, figure, note] = ui::table_heads(d.lang);
    let rows = d
        .items
        .iter()
        .map(|it| {
            view! {
                <tr>
                    <th scope="row">{it.label.clone()}</th>
                    <td>{it.display.clone()}</td>
                    <td>{it.detail.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <caption>{d.title.clone()}</caption>
        <thead>
            <tr>
                <th scope="col">{item}</th>
                <th scope="col">{figure}</th>
                <th scope="col">{note}</th>
            </tr>
        </thead>
        <tbody>{rows}</tbody>
    }
}

/// Title and note of the figcaption.
fn caption(d: &ChartData) -> impl IntoView {
    view! {
        <span class="chart-title">{d.title.clone()}</span>
        " "
        <span class="chart-note">{d.note.clone()}</span>
    }
}
