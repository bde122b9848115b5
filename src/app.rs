//! `<App/>`: the page for one language. The same component renders to HTML at build time
//! (native, `ssr`) and hydrates in the browser; its markup depends only on the data and the
//! page's language, never on a cargo feature, the browser or the viewport.

use leptos::prelude::*;

use crate::lang::Lang;
use crate::skeleton;

#[component]
pub fn App(lang: Lang) -> impl IntoView {
    let content = match skeleton::slice() {
        Ok(slice) => {
            let items: Vec<(String, f64)> =
                slice.metrics.iter().map(|m| (m.label.clone(), m.value)).collect();
            view! {
                <h1>{slice.title}</h1>
                <p class="lede">{slice.paragraph}</p>
                <SliceChart title=slice.chart_title items/>
            }
            .into_any()
        }
        // Cannot happen once the data tests pass; still, a readable message, never a blank page.
        Err(e) => view! { <p class="data-error" role="alert">{e.to_string()}</p> }.into_any(),
    };
    view! {
        <header class="masthead">
            <nav class="langs" aria-label="Language">
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <a href=l.page() hreflang=l.tag() lang=l.tag()
                                aria-current=(l == lang).then_some("page")>{l.endonym()}</a>
                        }
                    })
                    .collect_view()}
            </nav>
        </header>
        <main id="story">{content}</main>
        <div id="app-notice" class="app-notice" role="status" hidden>
            "互動圖表未能載入，以下為全文。"
        </div>
    }
}

/// The slice's chart: a canvas drawn after hydration, and the same figures as a table.
#[component]
fn SliceChart(title: String, items: Vec<(String, f64)>) -> impl IntoView {
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let (table_open, set_table_open) = signal(false);
    let summary = items
        .iter()
        .map(|(label, value)| format!("{label} {value}%"))
        .collect::<Vec<_>>()
        .join("，");
    #[cfg(target_arch = "wasm32")]
    {
        let items = items.clone();
        Effect::new(move |_| {
            if let Some(c) = canvas.get() {
                skeleton::canvas::paint(&c, &items);
            }
        });
    }
    let rows = items
        .into_iter()
        .map(|(label, value)| view! { <tr><th scope="row">{label}</th><td>{format!("{value}%")}</td></tr> })
        .collect_view();
    view! {
        <figure class="chart">
            <figcaption>{title}</figcaption>
            <div class="chart-box">
                <canvas node_ref=canvas role="img" aria-label=summary></canvas>
            </div>
            <button type="button" class="table-toggle"
                aria-expanded=move || table_open.get().to_string()
                on:click=move |_| set_table_open.update(|open| *open = !*open)>
                "數據表"
            </button>
            <table class="chart-table" class:open=move || table_open.get()>
                <tbody>{rows}</tbody>
            </table>
        </figure>
    }
}
