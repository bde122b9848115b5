//! The few words the chart kit itself shows, from the page's one table of words
//! (`crate::ui_text`).

use crate::lang::Lang;
use crate::ui_text::{ui, Ui};

/// The waffle's key: what one square stands for.
pub fn each_square(lang: Lang, n: &str, unit: &str) -> String {
    ui(lang, Ui::EachSquare)
        .replace("{n}", n)
        .replace("{unit}", unit)
        .trim_end()
        .to_string()
}

/// A pictogram's key: what one symbol stands for.
pub fn each_symbol(lang: Lang, n: &str, unit: &str) -> String {
    ui(lang, Ui::EachSymbol)
        .replace("{n}", n)
        .replace("{unit}", unit)
        .trim_end()
        .to_string()
}

/// The name of a progress chart's target line ("目標 100%").
pub fn target_line(lang: Lang, target: &str) -> String {
    ui(lang, Ui::TargetLine).replace("{t}", target)
}

/// The button that shows the data table instead of the chart, and back.
pub fn table_toggle(lang: Lang, open: bool) -> &'static str {
    ui(lang, if open { Ui::ShowChart } else { Ui::ShowTable })
}

/// Column headings of the data table: item, figure, note.
pub fn table_heads(lang: Lang) -> [&'static str; 3] {
    [Ui::TableItem, Ui::TableFigure, Ui::TableNote].map(|k| ui(lang, k))
}

/// The caption's link to the chart's figures as a file.
pub fn get_the_data(lang: Lang) -> &'static str {
    ui(lang, Ui::GetTheData)
}

/// How to read a chart point by point (keys, tap): its canvas's description.
pub fn chart_keys(lang: Lang) -> &'static str {
    ui(lang, Ui::ChartKeys)
}
