//! Share cards: a chart's card and the link preview hold everything, inside the card and
//! apart, in every language; the headline figure follows the step.

use luyuan::charts::{ApproxMeasure, ChartKind, TextMeasure};
use luyuan::lang::Lang;
use luyuan::share::card::*;
use luyuan::share::preview_card::*;
use luyuan::story::charts::chart_data;

#[test]
fn the_headline_figure_follows_the_step() {
    let story = luyuan::model::story();
    let spec = story
        .charts
        .iter()
        .find(|c| c.metrics.len() >= 2 && c.kind() != ChartKind::Rank)
        .expect("a chart of two figures or more");
    let data = chart_data(story, spec, Lang::ZH_HANT);
    let f = headline_figure(&data, &[1]);
    assert_eq!(
        f,
        format!("{} {}", data.items[1].label, data.items[1].display)
    );
    assert!(headline_figure(&data, &[]).contains(&data.items[0].display));
    let big = story
        .charts
        .iter()
        .find(|c| c.kind() == ChartKind::BigNumber)
        .unwrap();
    let big = chart_data(story, big, Lang::EN);
    assert_eq!(headline_figure(&big, &[]), "", "the chart shows it already");
}

fn inside(card: &Card, m: &dyn TextMeasure) {
    let (w, h) = (f64::from(card.width), f64::from(card.height));
    for t in &card.texts {
        assert!(
            t.x >= 0.0 && t.x + m.width(&t.text, &t.font) <= w + 0.5,
            "too wide: {t:?}"
        );
        assert!(
            t.y >= 0.0 && t.y + t.font.line_height() <= h,
            "too low: {t:?}"
        );
    }
    for ((x, y, bw, bh), _) in &card.bars {
        assert!(*x >= 0.0 && *y >= 0.0 && x + bw <= w && y + bh <= h);
    }
}

fn no_overlap(card: &Card) {
    let mut boxes: Vec<(f64, f64, f64)> = card
        .texts
        .iter()
        .map(|t| (t.x, t.y, t.y + t.font.line_height()))
        .collect();
    if let Some((_, y, _, h)) = card.chart {
        boxes.push((-1.0, y, y + h));
    }
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            if (a.0 - b.0).abs() < 1.0 || a.0 < 0.0 || b.0 < 0.0 {
                assert!(a.2 <= b.1 + 0.5 || b.2 <= a.1 + 0.5, "overlap {a:?} {b:?}");
            }
        }
    }
}

#[test]
fn a_chart_card_holds_everything_in_order() {
    let t = ChartCardText {
        lang: Lang::ZH_HANT,
        site: "河西區2024成績單",
        title: "地區生產總值預計增長",
        figure: "7%",
        credit: "來源：河西日報",
        link: "https://news.example/hexi/index.html#business-1",
    };
    let card = chart_card(&t, 750.0, 562.0, &ApproxMeasure);
    assert_eq!(card.width, CHART_CARD_WIDTH);
    let (cx, cy, cw, ch) = card.chart.unwrap();
    assert_eq!((cx, cw), (PAD, 960.0));
    assert!((ch / cw - 562.0 / 750.0).abs() < 1e-9, "aspect kept");
    let order: Vec<&str> = card.texts.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(
        order,
        [
            "河西區2024成績單",
            "地區生產總值預計增長",
            "7%",
            "來源：河西日報",
            "https://news.example/hexi/index.html#business-1"
        ]
    );
    assert!(
        card.texts[2].y < cy && card.texts[3].y > cy + ch,
        "figure above the chart, credit below"
    );
    inside(&card, &ApproxMeasure);
    no_overlap(&card);
    assert_eq!(
        f64::from(card.height),
        (card.texts[4].y + card.texts[4].font.line_height() + PAD).ceil()
    );
}

#[test]
fn long_titles_wrap_and_tall_charts_are_narrowed() {
    let title = "Nanhai District's grain output, mechanisation rate and the number of villages that set up new collective businesses in 2023, in one chart that goes on";
    let t = ChartCardText {
        lang: Lang::EN,
        site: "Nanhai 2024 in figures",
        title,
        figure: "",
        credit: "Source: Nanhai Daily",
        link: &format!("https://a.example/{}", "x".repeat(200)),
    };
    let card = chart_card(&t, 300.0, 900.0, &ApproxMeasure);
    let title_lines = card.texts.iter().filter(|x| x.font.px == 46.0).count();
    assert_eq!(title_lines, 3);
    assert!(card
        .texts
        .iter()
        .rfind(|x| x.font.px == 46.0)
        .unwrap()
        .text
        .ends_with('…'));
    let (_, _, cw, ch) = card.chart.unwrap();
    assert!((ch - 1200.0).abs() < 1e-9 && cw < 960.0);
    inside(&card, &ApproxMeasure);
    no_overlap(&card);
}

#[test]
fn the_preview_fits_1200_by_630_in_every_language() {
    let story = luyuan::model::story();
    for &lang in Lang::published() {
        let figures: Vec<(String, String)> = story
            .key_figures()
            .iter()
            .map(|m| (story.format(m, lang), m.label.get(lang).to_owned()))
            .collect();
        let eyebrow = format!(
            "{} · {}",
            story.meta.publisher.get(lang),
            story.meta.story_year
        );
        let t = PreviewText {
            lang,
            eyebrow: &eyebrow,
            title: story.title.get(lang),
            figures: &figures,
            credit: story.meta.credit.get(lang),
        };
        let card = preview_card(&t, &ApproxMeasure);
        assert_eq!((card.width, card.height), PREVIEW_SIZE);
        inside(&card, &ApproxMeasure);
        let bare = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let shown: String = card.texts.iter().map(|t| bare(&t.text)).collect();
        for (f, _) in figures.iter().take(4) {
            assert!(shown.contains(&bare(f)), "{lang:?}: {f} missing");
        }
        let cut: Vec<&CardText> = card.texts.iter().filter(|t| t.text.contains('…')).collect();
        assert!(cut.is_empty(), "{lang:?}: cut {cut:#?}");
    }
}

#[test]
fn a_chart_pages_preview_holds_its_title_and_the_chart_apart() {
    let story = luyuan::model::story();
    for &lang in Lang::published() {
        for spec in &story.charts {
            let chart = chart_data(story, spec, lang);
            let figure = headline_figure(&chart, &[]);
            let t = ChartPreviewText {
                lang,
                eyebrow: story.meta.site_title.get(lang),
                title: spec.title.get(lang),
                figure: &figure,
                credit: story.meta.credit.get(lang),
            };
            let card = chart_preview_card(&t, &ApproxMeasure);
            assert_eq!((card.width, card.height), PREVIEW_SIZE);
            inside(&card, &ApproxMeasure);
            let (cx, cy, cw, ch) = card.chart.expect("a chart box");
            assert!(cx + cw <= 1200.0 && cy + ch <= 630.0 && cw > 500.0 && ch > 450.0);
            for text in &card.texts {
                let right = text.x + ApproxMeasure.width(&text.text, &text.font);
                assert!(
                    right <= cx,
                    "{lang:?} {}: {text:?} runs into the chart",
                    spec.id
                );
            }
            let title: String = card
                .texts
                .iter()
                .filter(|x| x.font.bold && x.ink == Ink::Text)
                .map(|x| x.text.as_str())
                .collect();
            assert!(
                !title.contains('…'),
                "{lang:?} {}: the title is cut",
                spec.id
            );
        }
    }
}

/// The chart pages' previews as the build paints them: 1200×630, the chart drawn in its box
/// (ink there, not just paper). `PREVIEW_OUT=<folder>` also writes them, to look at.
#[test]
fn a_chart_pages_preview_is_painted_with_its_chart() {
    use luyuan::share::font::{CardFonts, FONT_DIR};
    let dir = std::path::Path::new(FONT_DIR);
    if !dir.join("NotoSansCJK-Bold.ttc").exists() {
        eprintln!("skipped: fonts-noto-cjk is not installed");
        return;
    }
    let story = luyuan::model::story();
    let out = std::env::var_os("PREVIEW_OUT").map(std::path::PathBuf::from);
    for &lang in Lang::published() {
        let fonts = CardFonts::load(dir, lang).unwrap();
        for spec in &story.charts {
            let png_bytes = luyuan::page::charts::chart_preview(story, spec, fonts).unwrap();
            if let Some(out) = &out {
                let name = luyuan::share::og_image::chart_file_name(lang, &spec.id);
                std::fs::write(out.join(name), &png_bytes).unwrap();
            }
            let decoder = png::Decoder::new(std::io::Cursor::new(&png_bytes));
            let mut reader = decoder.read_info().unwrap();
            let mut buf = vec![0; reader.output_buffer_size().unwrap()];
            let info = reader.next_frame(&mut buf).unwrap();
            assert_eq!((info.width, info.height), (1200, 630));
            let at = |x: usize, y: usize| (y * 1200 + x) * 3;
            let paper = buf[at(1190, 10)..at(1190, 10) + 3].to_vec();
            let inked = (532..1160)
                .flat_map(|x| (48..582).map(move |y| at(x, y)))
                .filter(|&i| buf[i..i + 3] != paper[..])
                .count();
            assert!(inked > 5000, "{lang:?} {}: {inked} px of chart", spec.id);
        }
    }
}
