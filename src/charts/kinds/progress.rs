//! Progress: each item a share of its own whole, as a bar on a track to that whole (a time
//! limit cut by 80.8 % of itself), or progress to a target marked by a line (147 % of a
//! five-year target runs past the line). Never a ring past 100 %. The rows of `rows.rs`.

use super::hbars::rows_reserve;
use super::rows::{rows_layout, RowsSpec};
use super::{Kind, Layout};
use crate::charts::ctx::Ctx;
use crate::charts::spec::{invalid, ChartData, ChartError};
use crate::model::ChartKind;

pub(crate) struct Progress;

impl Kind for Progress {
    fn max_items(&self) -> usize {
        8
    }

    fn check(&self, chart: &ChartData) -> Result<(), ChartError> {
        match chart.whole {
            Some(w) if w.is_finite() && w > 0.0 => Ok(()),
            _ => Err(invalid(
                chart,
                "whole",
                "a progress chart needs the value of a full track".into(),
            )),
        }
    }

    fn reserve(&self, chart: &ChartData) -> (f64, f64) {
        rows_reserve(chart)
    }

    fn layout(&self, ctx: &Ctx) -> Result<Layout, ChartError> {
        let target = ctx.chart.target.map(|t| {
            let words = crate::charts::ui::target_line(ctx.chart.lang, &fmt_percent(t));
            (t, words)
        });
        rows_layout(
            ctx,
            &RowsSpec {
                track: ctx.chart.whole,
                line: target,
                ..RowsSpec::plain(ChartKind::Progress)
            },
        )
    }
}

/// A target in per cent, as the charts write it ("100%").
fn fmt_percent(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}%")
    } else {
        format!("{v}%")
    }
}
