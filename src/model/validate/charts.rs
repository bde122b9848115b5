//! Each chart against its metrics: they exist, share one unit dimension, and suit the
//! chart's kind (one figure for a big number, per cent for a gauge, …).

use super::{rec, Validator};
use crate::model::{ChartForm, DataError, Metric, MetricKind, CHARTS_FILE, METRICS_FILE};

impl Validator<'_> {
    pub(super) fn charts(&mut self) {
        let s = self.s;
        for c in &s.charts {
            let r = rec("chart", &c.id);
            if c.metrics.is_empty() {
                self.err(
                    CHARTS_FILE,
                    r.clone(),
                    "metrics",
                    "is empty: a chart shows at least one metric",
                );
                continue;
            }
            let ms: Vec<&Metric> = c
                .metrics
                .iter()
                .filter_map(|id| {
                    let m = s.metric(id);
                    if m.is_none() {
                        self.errs.push(DataError::at(
                            CHARTS_FILE,
                            r.clone(),
                            "metrics",
                            format!("there is no metric “{id}” in {METRICS_FILE}"),
                        ));
                    }
                    m
                })
                .collect();
            let dims: Vec<&str> = ms
                .iter()
                .filter_map(|m| s.unit(&m.unit))
                .map(|u| u.dimension.as_str())
                .collect();
            if dims.windows(2).any(|w| w[0] != w[1]) {
                self.err(
                    CHARTS_FILE,
                    r.clone(),
                    "metrics",
                    format!(
                        "mixes units that cannot share an axis ({}): put them in separate charts",
                        ms.iter()
                            .map(|m| format!("{} in {}", m.id, m.unit))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
            let one = |v: &mut Self, what: &str| {
                if ms.len() != 1 {
                    v.err(
                        CHARTS_FILE,
                        r.clone(),
                        "metrics",
                        format!(
                            "a {what} chart shows exactly one metric, this one has {}",
                            ms.len()
                        ),
                    );
                }
            };
            match &c.form {
                ChartForm::BigNumber => one(self, "big-number"),
                ChartForm::Rank { total } => {
                    one(self, "rank");
                    if ms.iter().any(|m| m.kind != MetricKind::Rank) {
                        self.err(
                            CHARTS_FILE,
                            r.clone(),
                            "metrics",
                            "a rank chart shows a metric of kind rank",
                        );
                    }
                    match s.metric(total) {
                        None => self.err(
                            CHARTS_FILE,
                            r.clone(),
                            "total",
                            format!("there is no metric “{total}”"),
                        ),
                        Some(t) => {
                            if ms.iter().any(|m| m.value > t.value) {
                                self.err(
                                    CHARTS_FILE,
                                    r.clone(),
                                    "total",
                                    "the rank is larger than the total",
                                );
                            }
                        }
                    }
                }
                ChartForm::Gauge { whole, .. } => {
                    if whole.is_nan() || *whole <= 0.0 {
                        self.err(
                            CHARTS_FILE,
                            r.clone(),
                            "whole",
                            "a gauge needs the value of a full ring (100 for per cent)",
                        );
                    }
                    if ms.iter().any(|m| m.unit != "percent") {
                        self.err(
                            CHARTS_FILE,
                            r.clone(),
                            "metrics",
                            "a gauge shows per cent figures",
                        );
                    }
                }
                ChartForm::Waffle { per_cell } => {
                    if per_cell.is_nan() || *per_cell <= 0.0 {
                        self.err(
                            CHARTS_FILE,
                            r.clone(),
                            "per_cell",
                            "a waffle chart needs how much one square stands for",
                        );
                    }
                }
                ChartForm::Growth => {
                    if ms.iter().any(|m| {
                        !matches!(m.kind, MetricKind::Growth | MetricKind::Reduction)
                            || m.unit != "percent"
                    }) {
                        self.err(
                            CHARTS_FILE,
                            r.clone(),
                            "metrics",
                            "a growth chart shows growth rates in per cent only",
                        );
                    }
                }
                ChartForm::Bars | ChartForm::Hbars => {
                    if ms.len() < 2 {
                        self.err(
                            CHARTS_FILE,
                            r.clone(),
                            "metrics",
                            "a bar chart compares at least two metrics; use big-number for one",
                        );
                    }
                }
            }
        }
    }
}
