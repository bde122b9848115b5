//! The one number formatter, with the units and conversion factors of stories/luyuan-2023/units.json.

#[path = "story_support/mod.rs"]
mod support;

use luyuan::draft::numbers::parse_zh_number;
use luyuan::format::*;
use luyuan::lang::Lang;

const ZH_HANT: Lang = Lang::ZH_HANT;
const ZH_HANS: Lang = Lang::ZH_HANS;
const EN: Lang = Lang::EN;
use luyuan::model::{Qualifier, Story, Unit};

fn unit<'a>(s: &'a Story, id: &str) -> &'a Unit {
    s.unit(id)
        .unwrap_or_else(|| panic!("stories/luyuan-2023/units.json has no unit “{id}”"))
}

fn all(s: &Story, v: f64, scale: u64, u: &str, q: Qualifier) -> [String; 3] {
    let u = unit(s, u);
    [ZH_HANT, ZH_HANS, EN].map(|l| format_value(v, scale, u, q, l))
}

#[test]
fn money_with_wan_and_yi() {
    let s = support::story();
    assert_eq!(
        all(&s, 8145.0, 10_000, "yuan", Qualifier::Exact),
        ["8145萬元", "8145万元", "81.45 million yuan"]
    );
    assert_eq!(
        all(&s, 500.0, 100_000_000, "yuan", Qualifier::Over),
        ["逾500億元", "超500亿元", "over 50 billion yuan"]
    );
    assert_eq!(
        all(&s, 1.1, 100_000_000, "yuan", Qualifier::Exact),
        ["1.1億元", "1.1亿元", "110 million yuan"]
    );
    assert_eq!(
        all(&s, 10.0, 100_000_000, "yuan", Qualifier::Exact),
        ["10億元", "10亿元", "1 billion yuan"]
    );
    assert_eq!(
        all(&s, 2300.0, 10_000, "yuan", Qualifier::Over),
        ["逾2300萬元", "超2300万元", "over 23 million yuan"]
    );
    assert_eq!(
        all(&s, 50.0, 10_000, "yuan", Qualifier::Over),
        ["逾50萬元", "超50万元", "over 500,000 yuan"]
    );
    assert_eq!(
        all(&s, 145.0, 100_000_000, "yuan", Qualifier::Over)[2],
        "over 14.5 billion yuan"
    );
}

#[test]
fn areas_counts_and_rates() {
    let s = support::story();
    assert_eq!(
        all(&s, 100.0, 10_000, "m2", Qualifier::About),
        [
            "約100萬平方米",
            "约100万平方米",
            "about 1 million square metres"
        ]
    );
    assert_eq!(
        all(&s, 93.0, 1, "percent", Qualifier::Exact),
        ["93%", "93%", "93%"]
    );
    assert_eq!(
        all(&s, 7.0, 1, "percent", Qualifier::Expected),
        ["預計7%", "预计7%", "expected 7%"]
    );
    assert_eq!(
        all(&s, 12.4, 10_000, "market-entities", Qualifier::Exact),
        ["12.4萬戶", "12.4万户", "124,000 market entities"]
    );
    assert_eq!(
        all(&s, 9.4, 1, "pp", Qualifier::Exact),
        ["9.4個百分點", "9.4个百分点", "9.4 percentage points"]
    );
    assert_eq!(
        all(&s, 1500.0, 1, "homes", Qualifier::Over),
        ["逾1500套", "超1500套", "over 1,500 homes"]
    );
    assert_eq!(
        all(&s, 1.0, 1, "buildings", Qualifier::Exact),
        ["1棟", "1栋", "1 building"]
    );
    assert_eq!(
        all(&s, 53.0, 1, "times", Qualifier::Exact),
        ["53倍", "53倍", "53 times"]
    );
}

#[test]
fn ranks_and_classes() {
    let s = support::story();
    assert_eq!(
        all(&s, 9.0, 1, "rank", Qualifier::Exact),
        ["第九", "第九", "9th"]
    );
    assert_eq!(
        all(&s, 4.0, 1, "water-class", Qualifier::Exact),
        ["四類", "四类", "Class IV"]
    );
}

#[test]
fn chinese_units_get_an_english_gloss_from_the_data() {
    let s = support::story();
    assert_eq!(
        all(&s, 8.7, 10_000, "mu", Qualifier::Exact),
        ["8.7萬畝", "8.7万亩", "87,000 mu (5,800 ha)"]
    );
    assert_eq!(
        all(&s, 1.2, 100_000_000, "jin", Qualifier::Exact),
        ["1.2億斤", "1.2亿斤", "120 million jin (60,000 t)"]
    );
    assert_eq!(
        all(&s, 108.0, 1, "mu", Qualifier::Exact)[2],
        "108 mu (7.2 ha)"
    );
    assert_eq!(
        all(&s, 4400.0, 1, "mu", Qualifier::Over)[2],
        "over 4,400 mu (290 ha)"
    );
    assert_eq!(
        all(&s, 20.0, 1, "steam-tonnes", Qualifier::Over)[2],
        "over 20 steam tonnes (14 MW)"
    );
    // The factors themselves: 1 mu = 1/15 ha (666.7 m²), 1 jin = 0.5 kg.
    let mu = unit(&s, "mu").gloss.as_ref().unwrap();
    assert!(
        (mu.factor * 10_000.0 - 666.666_666).abs() < 0.01,
        "1 mu should be 666.67 m², the data says {} ha",
        mu.factor
    );
    let jin = unit(&s, "jin").gloss.as_ref().unwrap();
    assert!(
        (jin.factor * 1000.0 - 0.5).abs() < 1e-9,
        "1 jin should be 0.5 kg, the data says {} t",
        jin.factor
    );
    let st = unit(&s, "steam-tonnes").gloss.as_ref().unwrap();
    assert!(
        (st.factor - 0.7).abs() < 1e-9,
        "1 steam tonne (per hour) is about 0.7 MW, the data says {}",
        st.factor
    );
    // Only English is glossed.
    assert_eq!(
        format_plain(8.7, 10_000, unit(&s, "mu"), ZH_HANT),
        "8.7萬畝"
    );
}

#[test]
fn short_forms_for_charts() {
    let s = support::story();
    let f = |v: f64, sc: u64, u: &str, l: Lang| format_short(v, sc, unit(&s, u), l);
    assert_eq!(f(8145.0, 10_000, "yuan", EN), "81.45m yuan");
    assert_eq!(f(500.0, 100_000_000, "yuan", EN), "50bn yuan");
    assert_eq!(f(188.0, 10_000, "m2", EN), "1.88m m²");
    assert_eq!(f(8.7, 10_000, "mu", EN), "87,000 mu");
    assert_eq!(f(8145.0, 10_000, "yuan", ZH_HANT), "8145萬元");
    assert_eq!(f(8145.0, 10_000, "yuan", ZH_HANS), "8145万元");
    assert_eq!(f(21.0, 1, "pp", EN), "21 pp");
}

#[test]
fn plain_numbers() {
    assert_eq!(format_number(8145.0, 10_000, ZH_HANT), "8145萬");
    assert_eq!(format_number(8145.0, 10_000, ZH_HANS), "8145万");
    assert_eq!(format_number(1.2, 100_000_000, ZH_HANS), "1.2亿");
    assert_eq!(format_number(175.3, 1, EN), "175.3");
    assert_eq!(en_number(87_000.0), "87,000");
    assert_eq!(en_number(1_880_000.0), "1.88 million");
    assert_eq!(en_number(50_000_000_000.0), "50 billion");
    assert_eq!(en_number(0.0), "0");
    assert_eq!(en_compact(81_450_000.0), "81.45m");
    assert_eq!(round_significant(293.333, 2), 290.0);
    assert_eq!(qualify("7%", Qualifier::Exact, EN), "7%");
}

#[test]
fn numerals_read_and_written() {
    for (s, v) in [
        ("九", 9.0),
        ("兩", 2.0),
        ("十一", 11.0),
        ("二十", 20.0),
        ("十八", 18.0),
        ("一百零八", 108.0),
        ("億", 1e8),
        ("萬", 1e4),
        ("零", 0.0),
        ("8.7萬", 87_000.0),
        ("1.2億", 1.2e8),
        ("2300餘萬", 2.3e7),
    ] {
        assert_eq!(parse_zh_number(s), Some(v), "{s}");
    }
    for s in ["十四五", "一一", "萬萬", "kV", "abc", ""] {
        assert_eq!(parse_zh_number(s), None, "{s}");
    }
    for n in [1, 4, 9, 10, 11, 17, 20, 68, 108] {
        assert_eq!(parse_zh_number(&zh_numeral(n)), Some(n as f64), "{n}");
    }
    for (n, zh) in [(9, "九"), (11, "十一"), (20, "二十"), (108, "一百零八")] {
        assert_eq!(zh_numeral(n), zh);
    }
    assert_eq!(roman(4), "IV");
    for (n, en) in [
        (1, "1st"),
        (9, "9th"),
        (12, "12th"),
        (13, "13th"),
        (22, "22nd"),
    ] {
        assert_eq!(en_ordinal(n), en);
    }
}

#[test]
fn every_metric_formats_in_every_language() {
    let s = support::story();
    for m in &s.metrics {
        for &l in Lang::published() {
            let a = s.format(m, l);
            let b = s.format_short(m, l);
            assert!(
                !a.is_empty() && !b.is_empty() && !a.contains("{}") && !a.contains("NaN"),
                "metric “{}”: “{a}” / “{b}”",
                m.id
            );
        }
    }
}
