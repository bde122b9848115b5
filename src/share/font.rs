//! Fonts for the images made at build time (native only): Debian's Noto Sans CJK
//! (`fonts-noto-cjk`). Its `.ttc` files hold ten faces and open on the first, Japanese, whose
//! glyph forms are wrong for Chinese: the face is picked by its family name (`Noto Sans CJK
//! TC` for Traditional, `SC` for Simplified and English), read with `ttf-parser`, and opened
//! by its index in the collection (`ab_glyph`). Licence: SIL OFL 1.1 (`NotoSansCJK-OFL.txt`,
//! shipped and linked from the credits).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use ab_glyph::{Font as _, FontRef, PxScale, ScaleFont};
use ttf_parser::{name_id, Face, Language};

use crate::charts::measure::{Font, TextMeasure};
use crate::lang::Lang;

/// Where Debian installs the fonts; `STORY_CJK_FONT_DIR` overrides it.
pub const FONT_DIR: &str = "/usr/share/fonts/opentype/noto";

/// The face of the collection for a language.
pub fn family(lang: Lang) -> &'static str {
    lang.locale().card_font
}

/// How many faces a font file holds: those of a collection (`ttcf`), else one.
pub fn face_count(data: &[u8]) -> u32 {
    ttf_parser::fonts_in_collection(data).unwrap_or(1)
}

/// The family name (English, as the font's Windows names give it) of face `index`.
pub fn family_name(data: &[u8], index: u32) -> Option<String> {
    let face = Face::parse(data, index).ok()?;
    let names = face.names();
    names
        .into_iter()
        .filter(|n| n.name_id == name_id::FAMILY && n.is_unicode())
        .find(|n| n.language() == Language::English_UnitedStates)
        .and_then(|n| n.to_string())
}

/// The index of the face named `family` in a font file (a collection or a single font).
pub fn face_index(data: &[u8], family: &str) -> Option<u32> {
    (0..face_count(data)).find(|&i| family_name(data, i).as_deref() == Some(family))
}

/// A font file read once for the life of the build (each collection is shared by every
/// language's face).
fn read_once(path: &Path) -> std::io::Result<&'static [u8]> {
    static FILES: OnceLock<Mutex<HashMap<PathBuf, &'static [u8]>>> = OnceLock::new();
    let mut files = FILES
        .get_or_init(Default::default)
        .lock()
        .expect("font cache");
    if let Some(data) = files.get(path) {
        return Ok(data);
    }
    let data: &'static [u8] = Box::leak(std::fs::read(path)?.into_boxed_slice());
    files.insert(path.to_owned(), data);
    Ok(data)
}

/// A face of a font file: the file's bytes and the face's index in it.
#[derive(Clone, Copy)]
pub struct FaceData {
    pub data: &'static [u8],
    pub index: u32,
}

impl FaceData {
    pub fn font(&self) -> FontRef<'static> {
        FontRef::try_from_slice_and_index(self.data, self.index).expect("checked in load")
    }
}

/// The regular and bold face for one language.
#[derive(Clone, Copy)]
pub struct CardFonts {
    pub lang: Lang,
    pub regular: FaceData,
    pub bold: FaceData,
}

impl CardFonts {
    /// Reads Noto Sans CJK Regular and Bold from `dir` and picks the language's face.
    pub fn load(dir: &Path, lang: Lang) -> Result<CardFonts, String> {
        let face = |file: &str| -> Result<FaceData, String> {
            let path = dir.join(file);
            let data = read_once(&path).map_err(|e| {
                format!(
                    "{}: {e} (install Debian's fonts-noto-cjk, or set STORY_CJK_FONT_DIR)",
                    path.display()
                )
            })?;
            let index = face_index(data, family(lang))
                .ok_or_else(|| format!("{}: no face “{}”", path.display(), family(lang)))?;
            FontRef::try_from_slice_and_index(data, index)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(FaceData { data, index })
        };
        Ok(CardFonts {
            lang,
            regular: face("NotoSansCJK-Regular.ttc")?,
            bold: face("NotoSansCJK-Bold.ttc")?,
        })
    }

    pub fn face(&self, bold: bool) -> FontRef<'static> {
        if bold { self.bold } else { self.regular }.font()
    }
}

/// ab_glyph's scale for a font of `px` per em (ab_glyph scales by ascent − descent).
pub fn scale(face: &FontRef, px: f64) -> PxScale {
    let upem = face.units_per_em().unwrap_or(1000.0);
    PxScale::from((px * f64::from(face.height_unscaled()) / f64::from(upem)) as f32)
}

/// Text measured with the real glyph advances (and kerning) of the card fonts.
pub struct GlyphMeasure(pub CardFonts);

impl TextMeasure for GlyphMeasure {
    fn width(&self, text: &str, font: &Font) -> f64 {
        let face = self.0.face(font.bold);
        let scaled = face.as_scaled(scale(&face, font.px));
        let mut w = 0.0f32;
        let mut prev = None;
        for c in text.chars() {
            let id = scaled.glyph_id(c);
            if let Some(p) = prev {
                w += scaled.kern(p, id);
            }
            w += scaled.h_advance(id);
            prev = Some(id);
        }
        f64::from(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny collection of two faces, each with the tables a font needs to be opened (head,
    /// hhea, maxp) and a name table with its family name.
    fn collection() -> Vec<u8> {
        fn name_table(family: &str) -> Vec<u8> {
            let s: Vec<u8> = family
                .encode_utf16()
                .flat_map(|u| u.to_be_bytes())
                .collect();
            let mut t = vec![0, 0, 0, 1, 0, 18]; // format, count, string offset
            for v in [3u16, 1, 0x409, 1, s.len() as u16, 0] {
                t.extend_from_slice(&v.to_be_bytes());
            }
            t.extend_from_slice(&s);
            t
        }
        let mut head = vec![0u8; 54];
        head[..4].copy_from_slice(&[0, 1, 0, 0]); // version 1.0
        head[12..16].copy_from_slice(&0x5F0F_3CF5u32.to_be_bytes()); // magic
        head[18..20].copy_from_slice(&1000u16.to_be_bytes()); // units per em
        let mut hhea = vec![0u8; 36];
        hhea[..4].copy_from_slice(&[0, 1, 0, 0]);
        let maxp = vec![0, 0, 0x50, 0, 0, 1]; // version 0.5, one glyph
        let faces = [name_table("Face A"), name_table("Face B")];

        let dir_len = 12 + 16 * 4;
        let dirs = 12 + 4 * faces.len();
        let mut at = dirs + dir_len * faces.len();
        let mut body: Vec<u8> = Vec::new();
        let mut place = |table: &[u8], at: &mut usize| {
            let off = *at;
            body.extend_from_slice(table);
            while !body.len().is_multiple_of(4) {
                body.push(0);
            }
            *at = dirs + dir_len * faces.len() + body.len();
            (off, table.len())
        };
        // The shared tables once, then each face's name table.
        let shared = [
            (b"head", place(&head, &mut at)),
            (b"hhea", place(&hhea, &mut at)),
            (b"maxp", place(&maxp, &mut at)),
        ];
        let names: Vec<(usize, usize)> = faces.iter().map(|n| place(n, &mut at)).collect();

        let mut d = Vec::new();
        d.extend_from_slice(b"ttcf\0\x01\0\0");
        d.extend_from_slice(&(faces.len() as u32).to_be_bytes());
        for i in 0..faces.len() {
            d.extend_from_slice(&((dirs + dir_len * i) as u32).to_be_bytes());
        }
        for name in &names {
            d.extend_from_slice(&[0, 1, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0]);
            // Table records in tag order.
            for (tag, (off, len)) in shared.iter().copied().chain([(b"name", *name)]) {
                d.extend_from_slice(tag);
                d.extend_from_slice(&[0; 4]);
                d.extend_from_slice(&(off as u32).to_be_bytes());
                d.extend_from_slice(&(len as u32).to_be_bytes());
            }
        }
        d.extend_from_slice(&body);
        d
    }

    #[test]
    fn a_face_is_found_by_its_family_name() {
        let d = collection();
        assert_eq!(face_count(&d), 2);
        assert_eq!(family_name(&d, 0).as_deref(), Some("Face A"));
        assert_eq!(family_name(&d, 1).as_deref(), Some("Face B"));
        assert_eq!(face_index(&d, "Face B"), Some(1));
        assert!(FontRef::try_from_slice_and_index(&d, 1).is_ok());
        assert_eq!(face_index(&d, "Face C"), None);
        assert_eq!(face_count(b"not a font"), 1);
        assert_eq!(face_index(b"not a font", "Face A"), None);
    }

    #[test]
    fn debian_noto_cjk_gives_the_chinese_faces() {
        let dir = Path::new(FONT_DIR);
        if !dir.join("NotoSansCJK-Regular.ttc").exists() {
            eprintln!("skipped: fonts-noto-cjk is not installed");
            return;
        }
        let data = std::fs::read(dir.join("NotoSansCJK-Regular.ttc")).unwrap();
        assert_eq!(
            family_name(&data, 0).as_deref(),
            Some("Noto Sans CJK JP"),
            "the collection opens on the Japanese face"
        );
        let tc = CardFonts::load(dir, Lang::ZH_HANT).unwrap();
        for face in [tc.regular, tc.bold] {
            assert_eq!(
                family_name(face.data, face.index).as_deref(),
                Some("Noto Sans CJK TC")
            );
        }
        let sc = CardFonts::load(dir, Lang::EN).unwrap();
        assert_eq!(
            family_name(sc.regular.data, sc.regular.index).as_deref(),
            Some("Noto Sans CJK SC")
        );
        // Han characters are one em wide, digits about half.
        let m = GlyphMeasure(tc);
        let f = Font {
            px: 40.0,
            bold: false,
            lang: Lang::ZH_HANT,
        };
        assert!((m.width("綠園區", &f) - 120.0).abs() < 1.0);
        assert!(m.width("2023", &f) < 100.0);
    }
}
