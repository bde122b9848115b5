//! OpenCC: s2t (s2tw's character forms) for a Simplified article, t2s (with the folder's exceptions, as
//! `tools/data/hans.py` applies them) for the zh-Hans texts.

use ferrous_opencc::config::BuiltinConfig;
use ferrous_opencc::OpenCC;

pub struct Converter {
    t2s: OpenCC,
    s2t: OpenCC,
    exceptions: Vec<(String, String, String)>,
}

impl Converter {
    pub fn new(exceptions: &serde_json::Value) -> Converter {
        let exceptions = exceptions["exceptions"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|e| {
                        Some((
                            e["zh-Hant"].as_str()?.to_owned(),
                            e["opencc"].as_str()?.to_owned(),
                            e["zh-Hans"].as_str()?.to_owned(),
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default();
        Converter {
            t2s: OpenCC::from_config(BuiltinConfig::T2s).expect("OpenCC t2s"),
            s2t: OpenCC::from_config(BuiltinConfig::S2tw).expect("OpenCC s2tw"),
            exceptions,
        }
    }

    pub fn exceptions(&self) -> &[(String, String, String)] {
        &self.exceptions
    }

    /// zh-Hans of a zh-Hant text.
    pub fn to_hans(&self, hant: &str) -> String {
        let mut out = self.t2s.convert(hant);
        for (h, o, s) in &self.exceptions {
            if hant.contains(h.as_str()) {
                out = out.replace(o.as_str(), s);
            }
        }
        out
    }

    /// zh-Hant of a Simplified text: OpenCC s2t with the Taiwan standard's character forms
    /// (s2tw: 為, 群, 啟, 著 as newspapers print them, not OpenCC's 爲, 羣, 啓, 着), no
    /// vocabulary changed; quotation marks stay as written (“ ”).
    pub fn to_hant(&self, hans: &str) -> String {
        self.s2t.convert(hans)
    }

    /// A text is Simplified when s2t changes more of its Chinese characters than t2s does.
    pub fn is_simplified(&self, text: &str) -> bool {
        let changed = |a: &str, b: &str| a.chars().zip(b.chars()).filter(|(x, y)| x != y).count();
        let to_t = self.s2t.convert(text);
        let to_s = self.t2s.convert(text);
        changed(text, &to_t) > changed(text, &to_s)
    }
}
