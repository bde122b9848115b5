//! `<ChartFigure>`: a chart as a `<figure>` with its static picture, canvas, tooltip, data
//! table and caption.
//!
//! The markup is a function of the chart data only (never of a cargo feature, the target,
//! the viewport, the DPR or the browser), so the prerendered HTML and the hydrated page
//! agree. Before the app draws (no JavaScript, not yet, or never), the box shows the chart's
//! static picture, drawn at build time by the same layout and drawing code
//! (`page::charts`): a `<picture>` of the phone or desktop drawing in the page's language
//! (`design::static_src`), whose `alt` is the summary; once drawn (`data-state="drawn"`) the
//! canvas takes its place, with the same size and the same layout, and the picture is gone
//! (never loaded if it was not needed), so a screen reader meets the summary once. When a
//! chart cannot draw (`"fallback"`) the table fills the box; otherwise the table is
//! visually hidden but stays for screen readers, and the button swaps chart and table. The
//! browser work (canvas size, observers, drawing, pointer and keys, tweens) is the browser
//! glue's (`client/canvas/`), which the figure finds as a [`FigureGlue`] in context: the
//! kit itself never touches the browser.

use leptos::prelude::*;

use super::breaks::unit_runs;
use super::design::{box_style, static_src, Design};
use super::kinds;
use super::spec::{kind_name, ChartData};
use super::theme::Theme;
use super::ui;
use crate::lang::unmarked;

/// The parts of a figure's markup that the browser glue looks for.
pub mod parts {
    pub const FIGURE: &str = "chart";
    pub const BOX: &str = "chart-box";
    /// The static picture, shown until the canvas is drawn (and in print).
    pub const STATIC: &str = "chart-static";
    pub const CANVAS: &str = "chart-canvas";
    pub const TIP: &str = "chart-tip";
    pub const TABLE: &str = "chart-table";
    /// A 1rem-wide ruler: the root font size, watched for changes.
    pub const REM: &str = "chart-rem";
    pub const LIVE: &str = "chart-live";
    /// How to step through the chart: the canvas's description, shown on keyboard focus.
    pub const KEYS: &str = "chart-keys";
    pub const TITLE: &str = "chart-title";
    /// The caption's "Get the data" link.
    pub const DATA_LINK: &str = "chart-data";
}

/// Where a chart's figures are as a file ("Get the data"), and the name a browser saves
/// it under.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DataLink {
    pub href: String,
    pub file_name: String,
}

/// What a mounted figure hands to the browser glue: its element and its inputs.
pub struct FigureInputs {
    pub figure: NodeRef<leptos::html::Figure>,
    pub data: Signal<ChartData>,
    pub focus: Signal<Vec<usize>>,
    pub theme: MaybeProp<Theme>,
    pub reduced_motion: Signal<bool>,
    pub hidden: Signal<bool>,
}

/// Brings a figure to life in the browser (its canvas drawn, sized, touchable). Provided as
/// context by the browser glue; without it (the prerender) a figure stays as rendered.
#[derive(Clone, Copy)]
pub struct FigureGlue(pub fn(FigureInputs));

/// The space a chart's kind asks for, from its data alone: an aspect ratio (width / height)
/// and a minimum height in rem that grows with the number of rows. Each kind says its own;
/// the desktop box is made from it (`design::chart_box`).
pub fn reserve(chart: &ChartData) -> (f64, f64) {
    kinds::of(chart.kind).reserve(chart)
}

/// The `style` of the figure: the desktop box's exact proportions and its minimum height
/// (`design::box_style`; the phone box's are the same for every chart).
pub fn reserve_style(chart: &ChartData) -> String {
    box_style(chart)
}

/// A chart figure.
///
/// - `data`: the chart, already localised (labels in the page's language, numbers
///   formatted). A change (a step) tweens the marks from where they are and updates the
///   summary, table and caption; its `id`, `kind` and number of items are read once (the
///   reserved size comes from them): a different chart is a different `<ChartFigure>`.
/// - `focus`: indices of the items the current step is about; the others are dimmed.
/// - `theme`: light or dark; unset, light.
/// - `reduced_motion`: no tweens.
/// - `hidden`: not on view (another chart of a graphic is): laid out ahead, not drawn;
///   unset, shown.
/// - `data_link`: the chart's figures as a file, linked from the caption ("Get the data").
#[component]
pub fn ChartFigure(
    #[prop(into)] data: Signal<ChartData>,
    #[prop(into, optional)] focus: Signal<Vec<usize>>,
    #[prop(into, optional)] theme: MaybeProp<Theme>,
    #[prop(into, optional)] reduced_motion: Signal<bool>,
    #[prop(into, optional)] hidden: Signal<bool>,
    #[prop(optional)] data_link: Option<DataLink>,
) -> impl IntoView {
    let figure_ref = NodeRef::<leptos::html::Figure>::new();
    let (table_open, set_table_open) = signal(false);
    // Identity, kind and reserved size are read once: a figure is one chart; steps change
    // its figures, focus and words, which stay reactive below.
    let (table_id, keys_id, kind, style, picture) = data.with_untracked(|d| {
        (
            format!("chart-{}-table", d.id),
            format!("chart-{}-keys", d.id),
            kind_name(d.kind),
            reserve_style(d),
            static_picture(d),
        )
    });
    let lang = move || data.with(|d| d.lang);
    let data_link = data_link.map(|l| {
        let words = ui::get_the_data(data.with_untracked(|d| d.lang));
        view! { " " <a class=parts::DATA_LINK href=l.href download=l.file_name type="text/csv">{words}</a> }
    });
    // Few reactive closures, each rebuilding a whole part: smaller wasm than one per text.

    if let Some(FigureGlue(glue)) = use_context::<FigureGlue>() {
        glue(FigureInputs {
            figure: figure_ref,
            data,
            focus,
            theme,
            reduced_motion,
            hidden,
        });
    }

    view! {
        <figure
            node_ref=figure_ref
            class=parts::FIGURE
            data-kind=kind
            data-state="static"
            data-table=move || if table_open.get() { "open" } else { "closed" }
            style=style
        >
            <div class=parts::BOX>
                {picture}
                <canvas
                    class=parts::CANVAS
                    role="img"
                    tabindex="0"
                    aria-label=move || data.with(|d| d.summary.clone())
                    aria-describedby=keys_id.clone()
                ></canvas>
                // `parts::TIP`, written out: the class leads the tag (the markup test reads it so).
                <div class="chart-tip" aria-hidden="true" hidden></div>
                // Read as the canvas's description, not again in the reading flow.
                <span class=parts::KEYS id=keys_id aria-hidden="true">
                    {move || ui::chart_keys(lang())}
                    // Parts it from the table's caption in the text machines read.
                    " "
                </span>
                <table class=parts::TABLE id=table_id.clone()>
                    {move || data.with(table_contents)}
                </table>
                <span class=parts::REM aria-hidden="true"></span>
            </div>
            <p class=parts::LIVE aria-live="polite"></p>
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
                {data_link}
            </figcaption>
        </figure>
    }
}

/// The chart's static picture: the desktop drawing where the page has its desktop layout,
/// else the phone drawing; loaded only when shown (`loading="lazy"`; the style sheets show
/// it while the chart is not drawn). Its `alt` is the chart's summary.
fn static_picture(d: &ChartData) -> impl IntoView {
    let desktop = Design::Desktop;
    view! {
        <picture class=parts::STATIC>
            <source media=desktop.media() srcset=static_src(&d.id, d.lang, desktop)/>
            <img
                src=static_src(&d.id, d.lang, Design::Phone)
                alt=d.summary.clone()
                loading="lazy"
                decoding="async"
            />
        </picture>
    }
}

/// Text that may wrap, but never between a number and its unit: each such run in a
/// `<span class="nobr">` (style/charts.css), the rest as it is. With `loose`, for a narrow
/// table's cell, a run of several words keeps only the number and the word after it
/// together (81.45 million | yuan).
#[component]
pub fn UnitRuns(#[prop(into)] text: String, #[prop(optional)] loose: bool) -> AnyView {
    let mut plain = String::new();
    let mut out = Vec::new();
    for (run, spaced, glued) in unit_runs(&text) {
        if spaced {
            plain.push(' ');
        }
        if glued {
            if !plain.is_empty() {
                out.push(std::mem::take(&mut plain).into_any());
            }
            let (kept, rest) = match run.match_indices(' ').nth(1) {
                Some((at, _)) if loose => (run[..at].to_owned(), &run[at..]),
                _ => (run.clone(), ""),
            };
            out.push(view! { <span class="nobr">{kept}</span> }.into_any());
            plain.push_str(rest);
        } else {
            plain.push_str(&run);
        }
    }
    if out.is_empty() {
        return plain.into_any();
    }
    if !plain.is_empty() {
        out.push(plain.into_any());
    }
    out.into_iter().collect_view().into_any()
}

/// The table's caption, head and rows.
fn table_contents(d: &ChartData) -> impl IntoView + use<> {
    let [item, figure, note] = ui::table_heads(d.lang);
    let rows = d
        .items
        .iter()
        .map(|it| {
            view! {
                <tr>
                    <th scope="row">{unmarked(&it.label)}</th>
                    " "
                    <td><UnitRuns text=it.display.clone() loose=true/></td>
                    " "
                    <td>{it.detail.clone()}</td>
                    " "
                </tr>
            }
        })
        .collect_view();
    view! {
        <caption>{d.title.clone()}</caption>
        " "
        <thead>
            <tr>
                <th scope="col">{item}</th>
                " "
                <th scope="col">{figure}</th>
                " "
                <th scope="col">{note}</th>
                " "
            </tr>
        </thead>
        <tbody>{rows}</tbody>
    }
}

/// Title and note of the figcaption.
fn caption(d: &ChartData) -> impl IntoView {
    view! {
        <span class=parts::TITLE>{d.title.clone()}</span>
        " "
        <span class="chart-note">{d.note.clone()}</span>
    }
}
