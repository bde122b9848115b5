//! Fonts for the images made at build time (native only): Debian's Noto Sans CJK
//! (`fonts-noto-cjk`). Its `.ttc` files hold ten faces and open on the first, Japanese, whose
//! glyph forms are wrong for Chinese; the face is picked by its family name (`Noto Sans CJK
//! TC` for Traditional, `SC` for Simplified and English) and cut out of the collection as a
//! plain OpenType font, which plotters' `ab_glyph` registry can take. Licence: SIL OFL 1.1
//! (`public/licenses/NotoSansCJK-OFL.txt`, shipped and linked from the credits).

use ab_glyph::{Font as _, FontRef, PxScale, ScaleFont};

use crate::charts::measure::{Font, TextMeasure};
use crate::lang::Lang;

/// Where Debian installs the fonts; `STORY_CJK_FONT_DIR` overrides it.
pub const FONT_DIR: &str = "/usr/share/fonts/opentype/noto";

/// The face of the collection for a language.
pub fn family(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhHant => "Noto Sans CJK TC",
        Lang::ZhHans | Lang::En => "Noto Sans CJK SC",
    }
}

fn u16_at(d: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(d.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(d: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(d.get(at..at + 4)?.try_into().ok()?))
}

/// Offsets of the faces' table directories in a collection (`ttcf`); a plain font is one
/// face at offset 0.
pub fn faces(data: &[u8]) -> Option<Vec<usize>> {
    if data.get(..4)? != b"ttcf" {
        return Some(vec![0]);
    }
    let n = u32_at(data, 8)? as usize;
    if n == 0 || n > 64 {
        return None;
    }
    (0..n)
        .map(|i| u32_at(data, 12 + 4 * i).map(|o| o as usize))
        .collect()
}

/// The tables of the face at `dir`: (tag, offset, length).
fn tables(data: &[u8], dir: usize) -> Option<Vec<([u8; 4], usize, usize)>> {
    let n = u16_at(data, dir + 4)? as usize;
    (0..n)
        .map(|i| {
            let rec = dir + 12 + 16 * i;
            let tag: [u8; 4] = data.get(rec..rec + 4)?.try_into().ok()?;
            let (off, len) = (
                u32_at(data, rec + 8)? as usize,
                u32_at(data, rec + 12)? as usize,
            );
            data.get(off..off.checked_add(len)?)?;
            Some((tag, off, len))
        })
        .collect()
}

/// The family name (name id 1, Windows English) of the face at `dir`.
pub fn family_name(data: &[u8], dir: usize) -> Option<String> {
    let (_, name, _) = tables(data, dir)?
        .into_iter()
        .find(|(t, _, _)| t == b"name")?;
    let count = u16_at(data, name + 2)? as usize;
    let strings = name + u16_at(data, name + 4)? as usize;
    (0..count).find_map(|i| {
        let rec = name + 6 + 12 * i;
        let (platform, language, id) = (
            u16_at(data, rec)?,
            u16_at(data, rec + 4)?,
            u16_at(data, rec + 6)?,
        );
        if platform != 3 || language != 0x409 || id != 1 {
            return None;
        }
        let (len, off) = (
            u16_at(data, rec + 8)? as usize,
            u16_at(data, rec + 10)? as usize,
        );
        let raw = data.get(strings + off..strings + off + len)?;
        let units: Vec<u16> = raw
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16(&units).ok()
    })
}

/// The face of a collection named `family`, cut out as a standalone font file: its table
/// directory and a copy of each table (tables shared between faces are copied too).
pub fn extract(data: &[u8], family: &str) -> Option<Vec<u8>> {
    let dir = faces(data)?
        .into_iter()
        .find(|&dir| family_name(data, dir).as_deref() == Some(family))?;
    let tables = tables(data, dir)?;
    let header = 12 + 16 * tables.len();
    let mut out = Vec::with_capacity(header + tables.iter().map(|t| t.2 + 3).sum::<usize>());
    out.extend_from_slice(data.get(dir..dir + 12)?);
    let mut at = header;
    let mut body = Vec::new();
    for (i, (tag, off, len)) in tables.iter().enumerate() {
        let rec = dir + 12 + 16 * i;
        out.extend_from_slice(tag);
        out.extend_from_slice(data.get(rec + 4..rec + 8)?); // checksum, unchanged
        out.extend_from_slice(&(at as u32).to_be_bytes());
        out.extend_from_slice(&(*len as u32).to_be_bytes());
        body.extend_from_slice(&data[*off..off + len]);
        while body.len() % 4 != 0 {
            body.push(0);
        }
        at = header + body.len();
    }
    out.extend_from_slice(&body);
    Some(out)
}

/// The regular and bold face for one language, loaded for the life of the build.
#[derive(Clone, Copy)]
pub struct CardFonts {
    pub lang: Lang,
    pub regular: &'static [u8],
    pub bold: &'static [u8],
}

impl CardFonts {
    /// Reads Noto Sans CJK Regular and Bold from `dir` and cuts out the language's face.
    pub fn load(dir: &std::path::Path, lang: Lang) -> Result<CardFonts, String> {
        let face = |file: &str| -> Result<&'static [u8], String> {
            let path = dir.join(file);
            let data = std::fs::read(&path).map_err(|e| {
                format!(
                    "{}: {e} (install Debian's fonts-noto-cjk, or set STORY_CJK_FONT_DIR)",
                    path.display()
                )
            })?;
            let font = extract(&data, family(lang))
                .ok_or_else(|| format!("{}: no face “{}”", path.display(), family(lang)))?;
            FontRef::try_from_slice(&font).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(Box::leak(font.into_boxed_slice()))
        };
        Ok(CardFonts {
            lang,
            regular: face("NotoSansCJK-Regular.ttc")?,
            bold: face("NotoSansCJK-Bold.ttc")?,
        })
    }

    pub fn face(&self, bold: bool) -> FontRef<'static> {
        FontRef::try_from_slice(if bold { self.bold } else { self.regular })
            .expect("checked in load")
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

    /// A tiny collection of two faces sharing one table, to test the cutting.
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
        let shared = b"SHARED-TABLE".to_vec();
        let (a, b) = (name_table("Face A"), name_table("Face B"));
        let mut d = Vec::new();
        d.extend_from_slice(b"ttcf\0\x01\0\0\0\0\0\x02");
        let dirs = 20;
        let dir_len = 12 + 16 * 2;
        d.extend_from_slice(&(dirs as u32).to_be_bytes());
        d.extend_from_slice(&((dirs + dir_len) as u32).to_be_bytes());
        let data_at = dirs + 2 * dir_len;
        let offsets = [
            data_at,
            data_at + shared.len(),
            data_at + shared.len() + a.len(),
        ];
        for (name_off, name_len) in [(offsets[1], a.len()), (offsets[2], b.len())] {
            d.extend_from_slice(&[0, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0]);
            for (tag, off, len) in [
                (b"CFF ", offsets[0], shared.len()),
                (b"name", name_off, name_len),
            ] {
                d.extend_from_slice(tag);
                d.extend_from_slice(&[0xAB, 0xCD, 0xEF, 0x01]);
                d.extend_from_slice(&(off as u32).to_be_bytes());
                d.extend_from_slice(&(len as u32).to_be_bytes());
            }
        }
        d.extend_from_slice(&shared);
        d.extend_from_slice(&a);
        d.extend_from_slice(&b);
        d
    }

    #[test]
    fn a_face_is_found_by_name_and_cut_out() {
        let d = collection();
        let dirs = faces(&d).unwrap();
        assert_eq!(dirs.len(), 2);
        assert_eq!(family_name(&d, dirs[1]).as_deref(), Some("Face B"));
        let b = extract(&d, "Face B").unwrap();
        assert_eq!(faces(&b).unwrap(), vec![0]);
        assert_eq!(family_name(&b, 0).as_deref(), Some("Face B"));
        let t = tables(&b, 0).unwrap();
        assert_eq!(&b[t[0].1..t[0].1 + t[0].2], b"SHARED-TABLE");
        assert!(t.iter().all(|(_, off, _)| off % 4 == 0));
        assert_eq!(
            &b[12 + 4..12 + 8],
            &[0xAB, 0xCD, 0xEF, 0x01],
            "checksums kept"
        );
        assert!(extract(&d, "Face C").is_none());
        assert!(faces(b"ttcf\0\x01\0\0\0\0\0\x09").is_none());
    }

    #[test]
    fn debian_noto_cjk_gives_the_chinese_faces() {
        let dir = std::path::Path::new(FONT_DIR);
        if !dir.join("NotoSansCJK-Regular.ttc").exists() {
            eprintln!("skipped: fonts-noto-cjk is not installed");
            return;
        }
        let data = std::fs::read(dir.join("NotoSansCJK-Regular.ttc")).unwrap();
        let names: Vec<String> = faces(&data)
            .unwrap()
            .into_iter()
            .filter_map(|d| family_name(&data, d))
            .collect();
        assert_eq!(
            names[0], "Noto Sans CJK JP",
            "the collection opens on the Japanese face"
        );
        let tc = CardFonts::load(dir, Lang::ZhHant).unwrap();
        assert_eq!(
            family_name(tc.regular, 0).as_deref(),
            Some("Noto Sans CJK TC")
        );
        assert_eq!(family_name(tc.bold, 0).as_deref(), Some("Noto Sans CJK TC"));
        // Han characters are one em wide, digits about half.
        let m = GlyphMeasure(tc);
        let f = Font {
            px: 40.0,
            bold: false,
            lang: Lang::ZhHant,
        };
        assert!((m.width("綠園區", &f) - 120.0).abs() < 1.0);
        assert!(m.width("2023", &f) < 100.0);
    }
}
