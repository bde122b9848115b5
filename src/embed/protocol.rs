//! The messages between the embedded story and its host page (contract v1), as pure
//! functions: what the story accepts from the host (its viewport, in pym.js's string form or
//! ours) and what it sends (events, scroll requests). Heights are sent by `public/boot.js`,
//! which runs before the app and also when it cannot run.
//!
//! Incoming messages are accepted only in the exact shapes below, with numbers in range;
//! anything else is `None` and changes nothing. The browser glue (`client/embed.rs`) also checks
//! that a message comes from the parent window and, when known, the parent's origin.

use crate::lang::Lang;

/// pym.js's delimiter: `pymxPYMx{id}xPYMx{type}xPYMx{payload}`.
pub const PYM: &str = "xPYMx";

pub use crate::state::HostView;

/// A message from the host that the story acts on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum HostMessage {
    /// The host's viewport and the iframe's place in it.
    View(HostView),
    /// pym.js's width message: the child answers with its height.
    Width(f64),
}

/// A pym.js message for `child_id`: `width` or `viewport-iframe-position` (`"vw vh top left
/// bottom right"`, sent with `trackscroll` and in answer to `parentPositionInfo`).
pub fn parse_pym(data: &str, child_id: &str) -> Option<HostMessage> {
    if data.len() > 512 {
        return None;
    }
    let mut parts = data.split(PYM);
    if parts.next()? != "pym" || parts.next()? != child_id {
        return None;
    }
    let (kind, payload) = (parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    match kind {
        "width" => {
            let w: f64 = number(payload)?;
            (w.is_finite() && (0.0..=20_000.0).contains(&w)).then_some(HostMessage::Width(w))
        }
        "viewport-iframe-position" => {
            let n: Vec<f64> = payload.split(' ').map(number).collect::<Option<_>>()?;
            if n.len() != 6 {
                return None;
            }
            HostView::new(n[0], n[1], n[2]).map(HostMessage::View)
        }
        _ => None,
    }
}

/// The fields of an object message, as the browser glue read them (only own data
/// properties of the right type; anything else is `None`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawObject {
    pub luyuan: Option<f64>,
    pub kind: Option<String>,
    pub width: Option<f64>,
    pub height: Option<f64>,
    pub top: Option<f64>,
}

/// Our loader's message: `{luyuan: 1, type: "viewport", width, height, top}`.
pub fn parse_object(raw: &RawObject) -> Option<HostMessage> {
    if raw.luyuan != Some(1.0) || raw.kind.as_deref() != Some("viewport") {
        return None;
    }
    HostView::new(raw.width?, raw.height?, raw.top?).map(HostMessage::View)
}

fn signed(t: &str) -> (bool, &str) {
    match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    }
}

/// A number as JavaScript writes one (`640`, `-1200.5`, `5.6e-14`); not `NaN` or `Infinity`.
/// By hand rather than `str::parse`, whose exact algorithm would add 20 KB to the wasm; a
/// pixel needs no more than this precision.
fn number(s: &str) -> Option<f64> {
    if s.is_empty() || s.len() > 24 {
        return None;
    }
    let digits = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (negative, m) = signed(mantissa);
    let (int, frac) = m.split_once('.').unwrap_or((m, ""));
    if (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) {
        return None;
    }
    let mut v = int.bytes().fold(0.0, |v, b| v * 10.0 + f64::from(b - b'0'));
    let mut unit = 1.0;
    for b in frac.bytes() {
        unit /= 10.0;
        v += f64::from(b - b'0') * unit;
    }
    if let Some(e) = exponent {
        let (negative, e) = signed(e);
        if e.is_empty() || e.len() > 3 || !digits(e) {
            return None;
        }
        let n = e.bytes().fold(0i32, |n, b| n * 10 + i32::from(b - b'0'));
        v *= 10f64.powi(if negative { -n } else { n });
    }
    Some(if negative { -v } else { v })
}

/// What the story tells its host, for the newsroom's own analytics.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// The app runs (once per page load, also after a language switch).
    Ready,
    /// The reader reached a chapter (its first step became active, or any step of it after
    /// another chapter).
    Chapter {
        id: String,
        index: usize,
        title: String,
    },
    /// The reader switched the language (sent before the iframe loads the other page).
    Lang { to: Lang },
    /// The reader shared: `what` is `link` or `chart`, `method` one of `share` (the system
    /// share sheet), `copy`, `download`, `wechat` (the long-press card).
    Share {
        what: &'static str,
        method: &'static str,
        chart: Option<String>,
    },
}

impl Event {
    pub fn name(&self) -> &'static str {
        match self {
            Event::Ready => "ready",
            Event::Chapter { .. } => "chapter",
            Event::Lang { .. } => "lang",
            Event::Share { .. } => "share",
        }
    }

    /// The event's detail as JSON (the page's language is always in it).
    pub fn detail_json(&self, lang: Lang) -> String {
        let mut fields = vec![("lang", json_str(lang.tag()))];
        match self {
            Event::Ready => {}
            Event::Chapter { id, index, title } => {
                fields.push(("chapter", json_str(id)));
                fields.push(("index", index.to_string()));
                fields.push(("title", json_str(title)));
            }
            Event::Lang { to } => {
                fields.push(("from", fields[0].1.clone()));
                fields[0].1 = json_str(to.tag());
            }
            Event::Share {
                what,
                method,
                chart,
            } => {
                fields.push(("what", json_str(what)));
                fields.push(("method", json_str(method)));
                if let Some(c) = chart {
                    fields.push(("chart", json_str(c)));
                }
            }
        }
        object(&fields)
    }
}

/// `{"luyuan":1,"type":"event","childId":…,"event":…,"detail":{…}}`: posted to the parent
/// as an object (our loader turns it into a DOM event on its container).
pub fn event_message(child_id: Option<&str>, lang: Lang, event: &Event) -> String {
    envelope(
        "event",
        child_id,
        &[
            ("event", json_str(event.name())),
            ("detail", event.detail_json(lang)),
        ],
    )
}

/// Asks the host to scroll so that `y` (CSS px from the story's top) is at the top of its
/// viewport (a step key or a link to a step).
pub fn scroll_message(child_id: Option<&str>, y: f64) -> String {
    envelope(
        "scroll",
        child_id,
        &[("y", format!("{}", y.max(0.0).round()))],
    )
}

/// Asks the host for its viewport (answered with a `viewport` message).
pub fn hello_message(child_id: Option<&str>) -> String {
    envelope("hello", child_id, &[])
}

/// A pym.js message: `pymxPYMx{id}xPYMx{kind}xPYMx{payload}`.
pub fn pym_message(child_id: &str, kind: &str, payload: &str) -> String {
    ["pym", child_id, kind, payload].join(PYM)
}

fn envelope(kind: &str, child_id: Option<&str>, rest: &[(&str, String)]) -> String {
    let mut fields = vec![("luyuan", "1".to_owned()), ("type", json_str(kind))];
    if let Some(id) = child_id {
        fields.push(("childId", json_str(id)));
    }
    fields.extend(rest.iter().cloned());
    object(&fields)
}

fn object(fields: &[(&str, String)]) -> String {
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("{}:{v}", json_str(k)))
        .collect();
    format!("{{{}}}", body.join(","))
}

/// A JSON string literal.
pub fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Also < > & and the line separators, so the text is safe wherever it is pasted.
            c if (c as u32) < 0x20 || "<>&\u{2028}\u{2029}".contains(c) => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_pym_viewport_and_width_for_this_child_only() {
        let m = parse_pym(
            "pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx390 844 -1200.5 0 20000 390",
            "story",
        );
        assert_eq!(
            m,
            Some(HostMessage::View(HostView {
                width: 390.0,
                height: 844.0,
                top: -1200.5
            }))
        );
        assert_eq!(
            parse_pym("pymxPYMxstoryxPYMxwidthxPYMx640", "story"),
            Some(HostMessage::Width(640.0))
        );
        assert_eq!(parse_pym("pymxPYMxotherxPYMxwidthxPYMx640", "story"), None);
        assert_eq!(
            HostView::new(390.0, 844.0, -1200.0).unwrap().scroll_y(),
            1200.0
        );
        let tiny = parse_pym(
            "pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx390 844 5.684341886080802e-14 0 1 1",
            "story",
        );
        assert!(matches!(tiny, Some(HostMessage::View(v)) if v.top.abs() < 1e-9));
        for (s, v) in [
            ("0", 0.0),
            ("-0.25", -0.25),
            ("+12", 12.0),
            ("1.5E2", 150.0),
            (".5", 0.5),
            ("7.", 7.0),
        ] {
            assert_eq!(number(s), Some(v), "{s}");
        }
        for s in [
            "", "-", ".", "1e", "1e-", "1..2", "0x10", "1_000", "Infinity", "1e1000x",
        ] {
            assert_eq!(number(s), None, "{s}");
        }
    }

    #[test]
    fn junk_and_hostile_messages_are_nothing() {
        for junk in [
            "",
            "pym",
            "pymxPYMxstory",
            "pymxPYMxstoryxPYMxwidthxPYMx",
            "pymxPYMxstoryxPYMxwidthxPYMx-5",
            "pymxPYMxstoryxPYMxwidthxPYMx1e400",
            "pymxPYMxstoryxPYMxwidthxPYMxNaN",
            "pymxPYMxstoryxPYMxwidthxPYMx640xPYMxextra",
            "pymxPYMxstoryxPYMxnavigateToxPYMxjavascript:alert(1)",
            "pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx390 844 0 0 0",
            "pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx390 844 Infinity 0 0 0",
            "pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx0 844 0 0 0 0",
            "pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx390 844 <img> 0 0 0",
            "pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx390  844 0 0 0 0",
        ] {
            assert_eq!(parse_pym(junk, "story"), None, "{junk}");
        }
        assert_eq!(
            parse_pym(
                &format!("pymxPYMxstoryxPYMxwidthxPYMx{}", "9".repeat(600)),
                "story"
            ),
            None
        );
        let ok = RawObject {
            luyuan: Some(1.0),
            kind: Some("viewport".into()),
            width: Some(375.0),
            height: Some(667.0),
            top: Some(-10.0),
        };
        assert!(parse_object(&ok).is_some());
        for bad in [
            RawObject {
                luyuan: Some(2.0),
                ..ok.clone()
            },
            RawObject {
                kind: Some("navigate".into()),
                ..ok.clone()
            },
            RawObject {
                width: Some(f64::NAN),
                ..ok.clone()
            },
            RawObject {
                height: Some(1e9),
                ..ok.clone()
            },
            RawObject {
                top: None,
                ..ok.clone()
            },
            RawObject::default(),
        ] {
            assert_eq!(parse_object(&bad), None, "{bad:?}");
        }
    }

    #[test]
    fn events_are_json_in_the_documented_shape() {
        let e = Event::Chapter {
            id: "economy".into(),
            index: 0,
            title: "“經濟”<b>".into(),
        };
        assert_eq!(
            event_message(Some("s1"), Lang::ZH_HANT, &e),
            r#"{"luyuan":1,"type":"event","childId":"s1","event":"chapter","detail":{"lang":"zh-Hant","chapter":"economy","index":0,"title":"“經濟”\u003cb\u003e"}}"#
        );
        assert_eq!(
            event_message(None, Lang::ZH_HANT, &Event::Lang { to: Lang::EN }),
            r#"{"luyuan":1,"type":"event","event":"lang","detail":{"lang":"en","from":"zh-Hant"}}"#
        );
        let share = Event::Share {
            what: "chart",
            method: "download",
            chart: Some("sample-gdp".into()),
        };
        assert!(event_message(None, Lang::EN, &share).ends_with(
            r#""detail":{"lang":"en","what":"chart","method":"download","chart":"sample-gdp"}}"#
        ));
        assert_eq!(
            scroll_message(Some("s1"), 1234.4),
            r#"{"luyuan":1,"type":"scroll","childId":"s1","y":1234}"#
        );
        assert_eq!(
            pym_message("s1", "scrollToChildPos", "10"),
            "pymxPYMxs1xPYMxscrollToChildPosxPYMx10"
        );
        assert_eq!(json_str("a\"b\\c\n\u{1}"), r#""a\"b\\c\n\u0001""#);
    }
}
