//! The story's figures as files a reader downloads ("Get the data"): one CSV per chart,
//! holding exactly the figures the chart shows, and the whole data set as CSV and JSON,
//! every metric of the story. Written by the prerender from the same model as the pages
//! (`crate::model`), so a download never disagrees with a chart.
//!
//! Here: where the files are (relative to the story's pages, so links work at any
//! sub-path) and the names a browser saves them under. The files themselves are native
//! only (`tables.rs`, the `csv` crate; `number.rs` writes a full number exactly).

#[cfg(not(target_arch = "wasm32"))]
mod number;
#[cfg(not(target_arch = "wasm32"))]
mod tables;

#[cfg(not(target_arch = "wasm32"))]
pub use number::full_number;
#[cfg(not(target_arch = "wasm32"))]
pub use tables::{
    chart_columns, chart_csv, charts_showing, files, story_columns, story_csv, story_json,
};

/// The folder of the data files, beside the story's pages.
pub const DIR: &str = "data";

/// A chart's figures: `data/<chart id>.csv`.
pub fn chart_file(chart: &str) -> String {
    format!("{DIR}/{chart}.csv")
}

/// The whole data set as CSV: `data/<slug>.csv`.
pub fn story_csv_file(slug: &str) -> String {
    format!("{DIR}/{slug}.csv")
}

/// The whole data set as JSON: `data/<slug>.json`.
pub fn story_json_file(slug: &str) -> String {
    format!("{DIR}/{slug}.json")
}

/// The name a browser saves a file of `slug`'s story under (the link's `download`):
/// `story-2024-sample-gdp.csv` for `data/sample-gdp.csv`, `story-2024.json` for the data set.
pub fn saved_name(slug: &str, file: &str) -> String {
    let name = file.rsplit('/').next().unwrap_or(file);
    if name.starts_with(&format!("{slug}.")) {
        name.to_owned()
    } else {
        format!("{slug}-{name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_sit_in_the_data_folder_and_save_under_the_story_s_name() {
        assert_eq!(chart_file("sample-gdp"), "data/sample-gdp.csv");
        assert_eq!(story_csv_file("story-2024"), "data/story-2024.csv");
        assert_eq!(story_json_file("story-2024"), "data/story-2024.json");
        assert_eq!(
            saved_name("story-2024", &chart_file("sample-gdp")),
            "story-2024-sample-gdp.csv"
        );
        assert_eq!(
            saved_name("story-2024", &story_json_file("story-2024")),
            "story-2024.json"
        );
    }
}
