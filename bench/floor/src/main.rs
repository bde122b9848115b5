//! The floor: the least a page of this stack can run. One prerendered island hydrates (a
//! heading, a button and a signal); with `chart`, the data is read through the engine's
//! JSON.parse into serde types and one bar chart with labels is drawn on a canvas by plotters.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
fn Island(title: String) -> impl IntoView {
    let (n, set_n) = signal(0u32);
    view! {
        <section>
            <h2>{title}</h2>
            <button on:click=move |_| set_n.update(|n| *n += 1)>{move || n.get()}</button>
        </section>
    }
}

fn main() {
    let title = title();
    if let Some(el) = document()
        .get_element_by_id("island")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        leptos::mount::hydrate_from(el, move || view! { <Island title/> }).forget();
    }
}

#[cfg(not(feature = "chart"))]
fn title() -> String {
    "floor".into()
}

#[cfg(feature = "chart")]
fn title() -> String {
    let data = chart::read();
    chart::draw(&data);
    data.title
}

#[cfg(feature = "chart")]
mod chart {
    use plotters::prelude::*;
    use plotters_canvas::CanvasBackend;

    #[derive(serde::Deserialize)]
    pub struct Point {
        label: String,
        value: f64,
    }

    #[derive(serde::Deserialize)]
    pub struct Data {
        pub title: String,
        points: Vec<Point>,
    }

    pub fn read() -> Data {
        let text = js_sys::Reflect::get(&leptos::prelude::window(), &"storyData".into())
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default();
        let value = js_sys::JSON::parse(&text).unwrap_or_default();
        serde_wasm_bindgen::from_value(value).unwrap_or(Data { title: String::new(), points: Vec::new() })
    }

    pub fn draw(data: &Data) {
        let Some(backend) = CanvasBackend::new("chart") else { return };
        let root = backend.into_drawing_area();
        let _ = root.fill(&WHITE);
        for (i, p) in data.points.iter().enumerate() {
            let x = i as i32 * 40;
            let _ = root.draw(&Rectangle::new([(x, 150 - p.value as i32), (x + 30, 150)], BLUE.filled()));
            let _ = root.draw(&Text::new(format!("{} {:.1}", p.label, p.value), (x, 160), ("sans-serif", 12)));
        }
    }
}
