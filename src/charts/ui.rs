//! The few words the chart kit itself shows, in the three languages.

use crate::lang::Lang;

/// The waffle's key: what one square stands for.
pub fn each_square(lang: Lang, n: &str, unit: &str) -> String {
    match lang {
        Lang::ZhHant => format!("每格 = {n} {unit}"),
        Lang::ZhHans => format!("每格 = {n} {unit}"),
        Lang::En => format!("each square = {n} {unit}"),
    }
    .trim_end()
    .to_string()
}

/// The button that shows the data table instead of the chart, and back.
pub fn table_toggle(lang: Lang, open: bool) -> &'static str {
    match (lang, open) {
        (Lang::ZhHant, false) => "顯示數據表",
        (Lang::ZhHant, true) => "顯示圖表",
        (Lang::ZhHans, false) => "显示数据表",
        (Lang::ZhHans, true) => "显示图表",
        (Lang::En, false) => "Show table",
        (Lang::En, true) => "Show chart",
    }
}

/// Column headings of the data table: item, figure, note.
pub fn table_heads(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::ZhHant => ["項目", "數值", "說明"],
        Lang::ZhHans => ["项目", "数值", "说明"],
        Lang::En => ["Item", "Figure", "Note"],
    }
}
