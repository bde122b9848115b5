//! Shared by the native chart tests: sample charts from the article, and a small reader of
//! plotters' SVG output (rects, polygons, texts).
#![allow(dead_code)]

use luyuan::charts::layout::{BarRows, Columns, Geom};
use luyuan::charts::record::Shape;
use luyuan::charts::{
    layout, view, ApproxMeasure, ChartData, ChartError, ChartKind, Datum, Layout, Viewport,
};
use luyuan::lang::Lang;

pub fn vp(w: f64, h: f64, dpr: f64, font: f64) -> Viewport {
    Viewport::new(w, h, dpr, font)
}

/// The languages the samples are written in.
pub const SAMPLE_LANGS: [Lang; 3] = [Lang::ZH_HANT, Lang::ZH_HANS, Lang::EN];

/// The sample's words in `lang`, one of [`SAMPLE_LANGS`].
fn pick(lang: Lang, t: [&str; 3]) -> &str {
    t[SAMPLE_LANGS
        .iter()
        .position(|&l| l == lang)
        .expect("a sample language")]
}

/// Support to firms (hbars): 8145萬元, 1.1億元, 5億元, 10億元.
pub fn support(lang: Lang) -> ChartData {
    let d = |id, l: [&str; 3], v, s: [&str; 3]| {
        Datum::new(id, pick(lang, l), v, pick(lang, s))
            .with_detail(pick(lang, ["單位：元", "单位：元", "yuan"]))
    };
    ChartData::new(
        "sample-figures",
        ChartKind::Hbars,
        lang,
        pick(
            lang,
            ["惠企政策的錢", "惠企政策的钱", "Money for businesses"],
        ),
        vec![
            d(
                "policy-rewards",
                [
                    "政策性獎勵補助",
                    "政策性奖励补助",
                    "Policy rewards and subsidies paid",
                ],
                8145e4,
                ["8145萬元", "8145万元", "81.45 million yuan"],
            ),
            d(
                "subsidised-loans",
                ["貼息貸款", "贴息贷款", "Subsidised loans"],
                1.1e8,
                ["1.1億元", "1.1亿元", "110 million yuan"],
            ),
            d(
                "tax-relief",
                [
                    "減免緩退稅費",
                    "减免缓退税费",
                    "Taxes and fees cut, deferred or refunded",
                ],
                5e8,
                ["5億元", "5亿元", "500 million yuan"],
            ),
            d(
                "business-financing",
                ["助企融資", "助企融资", "Financing arranged for firms"],
                1e9,
                ["10億元", "10亿元", "1 billion yuan"],
            ),
        ],
    )
    .with_note(pick(
        lang,
        ["單位：元；2023年", "单位：元；2023年", "In yuan; 2023"],
    ))
}

/// The same figures as vertical bars.
pub fn support_bars(lang: Lang) -> ChartData {
    let mut c = support(lang);
    c.kind = ChartKind::Bars;
    c.id = "sample-figures-bars".into();
    c
}

/// Investment growth by kind (growth): 18.7 %, 175.3 %, 28.6 %, plus a fall for the sign.
pub fn investment(lang: Lang, with_fall: bool) -> ChartData {
    let d = |id, l: [&str; 3], v, s: &str| Datum::new(id, pick(lang, l), v, s);
    let mut items = vec![
        d(
            "industrial",
            ["產業項目投資", "产业项目投资", "Industrial projects"],
            18.7,
            "+18.7%",
        ),
        d(
            "infrastructure",
            ["基礎設施投資", "基础设施投资", "Infrastructure"],
            175.3,
            "+175.3%",
        ),
        d(
            "social",
            ["社會事業投資", "社会事业投资", "Social services"],
            28.6,
            "+28.6%",
        ),
    ];
    if with_fall {
        items.push(d(
            "fall",
            ["某項投資", "某项投资", "Something else"],
            -12.5,
            "−12.5%",
        ));
    }
    ChartData::new(
        "sample-growth",
        ChartKind::Growth,
        lang,
        pick(lang, ["投資增長", "投资增长", "Investment growth"]),
        items,
    )
}

/// Mechanisation 93 %, parking 61 %, barrier-free homes 147 % of a target (gauge).
pub fn gauges(lang: Lang) -> ChartData {
    let d = |id, l: [&str; 3], v, s: &str| Datum::new(id, pick(lang, l), v, s);
    ChartData::new(
        "rates",
        ChartKind::Gauge,
        lang,
        pick(lang, ["比率", "比率", "Rates"]),
        vec![
            d(
                "mechanisation-rate",
                [
                    "耕種收綜合機械化率",
                    "耕种收综合机械化率",
                    "Ploughing, sowing and harvesting done by machine",
                ],
                93.0,
                "93%",
            ),
            d(
                "parking-supply-rate",
                ["停車泊位供給率", "停车泊位供给率", "Parking supply rate"],
                61.0,
                "61%",
            ),
            d(
                "dispute-resolution-rate",
                ["矛盾糾紛化解率", "矛盾纠纷化解率", "Disputes resolved"],
                100.0,
                "100%",
            ),
        ],
    )
    .with_whole(100.0)
}

/// Time limits cut (shares of their own whole) and 147 % of a five-year target (progress).
pub fn progress(lang: Lang) -> ChartData {
    let d = |id, l: [&str; 3], v, s: &str| Datum::new(id, pick(lang, l), v, s);
    ChartData::new(
        "progress",
        ChartKind::Progress,
        lang,
        pick(lang, ["進度", "进度", "Progress"]),
        vec![
            d(
                "service-time-cut",
                [
                    "政務服務時限壓縮",
                    "政务服务时限压缩",
                    "Time allowed for services: cut by",
                ],
                80.8,
                "80.8%",
            ),
            d(
                "accessibility-target",
                [
                    "家庭無障礙改造完成“十四五”目標",
                    "家庭无障碍改造完成“十四五”目标",
                    "Barrier-free home adaptations: share of the five-year target",
                ],
                147.0,
                "147%",
            ),
        ],
    )
    .with_whole(100.0)
    .with_target(100.0)
}

/// Unrelated figures of one step, one with symbols (a figure wall).
pub fn wall(lang: Lang) -> ChartData {
    let d = |id, l: [&str; 3], v, s: [&str; 3]| Datum::new(id, pick(lang, l), v, pick(lang, s));
    ChartData::new(
        "sample-counts",
        ChartKind::Figures,
        lang,
        pick(lang, ["綠化", "绿化", "Green space"]),
        vec![
            d(
                "new-green-area",
                ["新增綠化面積", "新增绿化面积", "Green space added"],
                114_000.0,
                ["11.4萬平方米", "11.4万平方米", "114,000 square metres"],
            ),
            d(
                "pocket-parks",
                ["建成口袋公園", "建成口袋公园", "Pocket parks built"],
                5.0,
                ["5個", "5个", "5 parks"],
            )
            .with_icon(luyuan::model::Icon::Tree)
            .with_note(pick(lang, ["全部新建", "全部新建", "All new"])),
            d(
                "expressway-exits",
                [
                    "改造高速公路出入口",
                    "改造高速公路出入口",
                    "Expressway exits rebuilt",
                ],
                4.0,
                ["4個", "4个", "4 exits"],
            )
            .with_icon(luyuan::model::Icon::Road),
        ],
    )
    .with_takeaway(pick(lang, ["更綠的城市", "更绿的城市", "A greener city"]))
    .with_hint(pick(
        lang,
        ["各項分別統計", "各项分别统计", "Separate figures"],
    ))
}

/// Small counts as symbols (a pictogram), one symbol each.
pub fn pictogram(lang: Lang) -> ChartData {
    let d = |id, l: [&str; 3], v, s: [&str; 3]| {
        Datum::new(id, pick(lang, l), v, pick(lang, s)).with_icon(luyuan::model::Icon::Factory)
    };
    ChartData::new(
        "sample-firms",
        ChartKind::Pictogram,
        lang,
        pick(lang, ["新認定企業", "新认定企业", "Newly certified firms"]),
        vec![
            d(
                "high-tech-firms",
                [
                    "國家高新技術企業",
                    "国家高新技术企业",
                    "National high-tech enterprises",
                ],
                42.0,
                ["42戶", "42户", "42 firms"],
            ),
            d(
                "specialised-firms",
                [
                    "“專精特新”企業",
                    "“专精特新”企业",
                    "“Specialised and innovative” firms",
                ],
                31.0,
                ["31戶", "31户", "31 firms"],
            ),
        ],
    )
}

/// People on welfare (waffle, 100 people per square).
pub fn welfare(lang: Lang) -> ChartData {
    let d = |id, l: [&str; 3], v, s: [&str; 3]| Datum::new(id, pick(lang, l), v, pick(lang, s));
    ChartData::new(
        "sample-welfare",
        ChartKind::Waffle,
        lang,
        pick(lang, ["兜底保障", "兜底保障", "The safety net"]),
        vec![
            d(
                "allowance-recipients",
                [
                    "低保對象",
                    "低保对象",
                    "People on minimum living allowances",
                ],
                4955.0,
                ["4955名", "4955名", "4,955 people"],
            ),
            d(
                "extreme-hardship",
                ["特困人員", "特困人员", "People in extreme hardship"],
                282.0,
                ["282名", "282名", "282 people"],
            ),
            d(
                "people-with-disabilities",
                ["殘疾人", "残疾人", "People with disabilities"],
                6760.0,
                ["6760名", "6760名", "6,760 people"],
            ),
            d(
                "special-care",
                ["優撫對象", "优抚对象", "Veterans and military families"],
                1162.0,
                ["1162名", "1162名", "1,162 people"],
            ),
        ],
    )
    .with_per_cell(100.0)
    .with_unit(pick(lang, ["人", "人", "people"]))
}

/// 9th of 68 provincial development zones (rank).
pub fn rank(lang: Lang) -> ChartData {
    ChartData::new(
        "sample-rank",
        ChartKind::Rank,
        lang,
        pick(lang, ["開發區排名", "开发区排名", "Ranking"]),
        vec![Datum::new(
            "dev-zone-rank",
            pick(
                lang,
                [
                    "綠園經開區綜合發展水平排名",
                    "绿园经开区综合发展水平排名",
                    "Lüyuan Economic Development Zone: overall ranking",
                ],
            ),
            9.0,
            pick(lang, ["第九", "第九", "ninth"]),
        )],
    )
    .with_whole(68.0)
}

/// GDP growth 7 % (big number), and 8145萬元 for the count-up.
pub fn big(lang: Lang) -> ChartData {
    ChartData::new(
        "sample-gdp",
        ChartKind::BigNumber,
        lang,
        pick(
            lang,
            [
                "地區生產總值預計增長",
                "地区生产总值预计增长",
                "GDP growth, expected",
            ],
        ),
        vec![Datum::new(
            "policy-rewards",
            pick(
                lang,
                [
                    "政策性獎勵補助",
                    "政策性奖励补助",
                    "Policy rewards and subsidies paid",
                ],
            ),
            8145e4,
            pick(lang, ["8145萬元", "8145万元", "81.45 million yuan"]),
        )],
    )
}

/// One sample per kind.
pub fn all(lang: Lang) -> Vec<ChartData> {
    vec![
        support_bars(lang),
        support(lang),
        investment(lang, true),
        gauges(lang),
        welfare(lang),
        rank(lang),
        big(lang),
        progress(lang),
        wall(lang),
        pictogram(lang),
    ]
}

#[derive(Debug, Clone, PartialEq)]
pub struct SvgRect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub fill: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SvgText {
    pub x: f64,
    pub y: f64,
    pub text: String,
    pub size: f64,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let i = tag.find(&key)? + key.len();
    let j = tag[i..].find('"')? + i;
    Some(tag[i..j].to_string())
}

fn num(tag: &str, name: &str) -> f64 {
    attr(tag, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or(f64::NAN)
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

pub fn rects(svg: &str) -> Vec<SvgRect> {
    svg.split("<rect")
        .skip(1)
        .map(|t| {
            let tag = &t[..t.find('>').unwrap_or(t.len())];
            SvgRect {
                x: num(tag, "x"),
                y: num(tag, "y"),
                w: num(tag, "width"),
                h: num(tag, "height"),
                fill: attr(tag, "fill").unwrap_or_default().to_uppercase(),
            }
        })
        .collect()
}

/// Filled rects of one colour (`#RRGGBB`).
pub fn rects_of(svg: &str, hex: &str) -> Vec<SvgRect> {
    rects(svg)
        .into_iter()
        .filter(|r| r.fill == hex.to_uppercase())
        .collect()
}

pub fn texts(svg: &str) -> Vec<SvgText> {
    svg.split("<text")
        .skip(1)
        .map(|t| {
            let end = t.find('>').unwrap_or(0);
            let tag = &t[..end];
            let body = &t[end + 1..t.find("</text>").unwrap_or(t.len())];
            SvgText {
                x: num(tag, "x"),
                y: num(tag, "y"),
                text: unescape(body.trim()),
                size: num(tag, "font-size"),
            }
        })
        .collect()
}

/// Polygons of one colour: their points.
pub fn polygons_of(svg: &str, hex: &str) -> Vec<Vec<(f64, f64)>> {
    svg.split("<polygon")
        .skip(1)
        .filter_map(|t| {
            let tag = &t[..t.find('>').unwrap_or(t.len())];
            if attr(tag, "fill")?.to_uppercase() != hex.to_uppercase() {
                return None;
            }
            let pts = attr(tag, "points")?;
            Some(
                pts.split_whitespace()
                    .filter_map(|p| {
                        let (a, b) = p.split_once(',')?;
                        Some((a.parse().ok()?, b.parse().ok()?))
                    })
                    .collect(),
            )
        })
        .collect()
}

fn overlap(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
    let e = 0.5;
    a.0 < b.2 - e && b.0 < a.2 - e && a.1 < b.3 - e && b.1 < a.3 - e
}

/// Bars at their final values, in device pixels.
pub fn bar_rects(l: &Layout, chart: &ChartData) -> Vec<(f64, f64, f64, f64)> {
    match &l.geom {
        Geom::Rows(BarRows { rows, zero_x, .. }) => rows
            .iter()
            .zip(&chart.items)
            .map(|(r, d)| {
                let end = zero_x + d.value * l.scale;
                (zero_x.min(end), r.y0, zero_x.max(end), r.y1)
            })
            .collect(),
        Geom::Columns(Columns {
            n,
            bar_frac,
            base_y,
        }) => {
            let slot = (f64::from(l.width) - 1.0) / (l.frame.x.1 - l.frame.x.0);
            let x = |v: f64| (v - l.frame.x.0) * slot;
            (0..*n)
                .map(|i| {
                    let c = i as f64 + 0.5;
                    let v = chart.items[i].value;
                    (
                        x(c - bar_frac / 2.0),
                        base_y - v * l.scale,
                        x(c + bar_frac / 2.0),
                        *base_y,
                    )
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

/// Every text inside the canvas, no two texts overlapping, no bar running into a text.
pub fn check_fit(l: &Layout, chart: &ChartData) -> Result<(), String> {
    let (cw, ch) = (f64::from(l.width), f64::from(l.height));
    let rects: Vec<_> = l.texts.iter().map(|t| t.rect()).collect();
    for (t, r) in l.texts.iter().zip(&rects) {
        if !(r.0 >= -0.5 && r.1 >= -0.5 && r.2 <= cw + 0.5 && r.3 <= ch + 0.5) {
            return Err(format!("{:?} at {r:?} is outside {cw}×{ch}", t.text));
        }
        if t.text.is_empty() {
            return Err("an empty line".into());
        }
    }
    for i in 0..rects.len() {
        for j in i + 1..rects.len() {
            if overlap(rects[i], rects[j]) {
                return Err(format!(
                    "{:?} {:?} overlaps {:?} {:?}",
                    l.texts[i].text, rects[i], l.texts[j].text, rects[j]
                ));
            }
        }
    }
    for b in bar_rects(l, chart) {
        if !(b.0 >= 0.0 && b.2 <= cw && b.1 >= 0.0 && b.3 <= ch) {
            return Err(format!("bar {b:?} cut off"));
        }
        for (t, r) in l.texts.iter().zip(&rects) {
            if overlap(b, *r) {
                return Err(format!("bar {b:?} runs into {:?} {r:?}", t.text));
            }
        }
    }
    Ok(())
}

/// A story's chart laid out in the box the page gives it on phones from 320 px wide to a
/// desktop (`charts::design`), at DPR 1 to 3 and at 200 % text (where the box may grow once to
/// what the labels need): what does not fit, in words (empty when everything fits).
pub fn fits_everywhere(d: &ChartData) -> Vec<String> {
    let mut problems = Vec::new();
    for (vw, vh) in [
        (320.0, 568.0),
        (375.0, 667.0),
        (430.0, 932.0),
        (768.0, 1024.0),
        (1280.0, 800.0),
        (1920.0, 1080.0),
    ] {
        for (dpr, font) in [(1.0, 16.0), (3.0, 16.0), (2.0, 32.0)] {
            let (w, h) = luyuan::charts::design::chart_box(d, vw, vh);
            // Larger text makes a taller box on the desktop (its minimum is in rem).
            let h = if vw >= 900.0 {
                h.max(view::reserve(d).1 * font)
            } else {
                h
            };
            let at = format!(
                "chart \"{}\" {:?} {vw}×{vh} page, box {w}×{h}, DPR {dpr} text {font}px",
                d.id, d.lang
            );
            let l = match layout(d, &Viewport::new(w, h, dpr, font), &ApproxMeasure) {
                Err(ChartError::DoesNotFit {
                    need_css_height, ..
                }) if need_css_height.is_finite() && font > 16.0 => layout(
                    d,
                    &Viewport::new(w, need_css_height, dpr, font),
                    &ApproxMeasure,
                ),
                other => other,
            };
            match l {
                Ok(l) => {
                    if let Err(e) = check_fit(&l, d) {
                        problems.push(format!("{at}: {e}"));
                    }
                }
                Err(e) => problems.push(format!("{at}: {e}")),
            }
        }
    }
    problems
}

/// The device pixels whose centre a filled shape covers (`None`: not a filled area).
pub fn pixels(shape: &Shape) -> Option<Vec<(i32, i32)>> {
    match shape {
        Shape::Rect {
            x,
            y,
            w,
            h,
            fill: true,
            ..
        } => Some(
            (*y..y + h)
                .flat_map(|py| (*x..x + w).map(move |px| (px, py)))
                .collect(),
        ),
        Shape::Polygon { points } => {
            let (x0, x1) = (
                points.iter().map(|p| p.0).min()?,
                points.iter().map(|p| p.0).max()?,
            );
            let (y0, y1) = (
                points.iter().map(|p| p.1).min()?,
                points.iter().map(|p| p.1).max()?,
            );
            let inside = |px: f64, py: f64| {
                let mut odd = false;
                for k in 0..points.len() {
                    let (a, b) = (points[k], points[(k + 1) % points.len()]);
                    let (ax, ay, bx, by) = (
                        f64::from(a.0),
                        f64::from(a.1),
                        f64::from(b.0),
                        f64::from(b.1),
                    );
                    if (ay > py) != (by > py) && px < ax + (py - ay) * (bx - ax) / (by - ay) {
                        odd = !odd;
                    }
                }
                odd
            };
            Some(
                (y0..y1)
                    .flat_map(|py| (x0..x1).map(move |px| (px, py)))
                    .filter(|&(px, py)| inside(f64::from(px) + 0.5, f64::from(py) + 0.5))
                    .collect(),
            )
        }
        Shape::Circle {
            c: (cx, cy),
            r,
            fill: true,
            ..
        } => {
            let r = *r as i32;
            Some(
                (cy - r..=cy + r)
                    .flat_map(|py| (cx - r..=cx + r).map(move |px| (px, py)))
                    .filter(|&(px, py)| {
                        let (dx, dy) = (f64::from(px - cx) + 0.5, f64::from(py - cy) + 0.5);
                        dx * dx + dy * dy <= f64::from(r * r)
                    })
                    .collect(),
            )
        }
        _ => None,
    }
}
