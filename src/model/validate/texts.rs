//! Every three-language text is given in all three languages; unit templates have a place
//! for the number.

use super::{rec, Validator};
use crate::model::{CHARTS_FILE, METRICS_FILE, STORY_FILE, UNITS_FILE};

impl Validator<'_> {
    pub(super) fn texts(&mut self) {
        let s = self.s;
        let m = &s.meta;
        for (field, t) in [
            ("site_title", &m.site_title),
            ("publisher", &m.publisher),
            ("credit", &m.credit),
            ("republished_by", &m.republished_by),
            ("translation", &m.translation),
            ("no_corrections", &m.no_corrections),
            ("repairs", &m.repairs.note),
        ] {
            self.text(STORY_FILE, "meta", field, t);
        }
        for (i, c) in m.corrections.iter().enumerate() {
            self.text(
                STORY_FILE,
                &format!("meta, correction no. {}", i + 1),
                "text",
                &c.text,
            );
        }
        self.text(STORY_FILE, "the file", "title", &s.title);
        self.text(STORY_FILE, "intro", "heading", &s.intro.heading);
        for p in &s.intro.paragraphs {
            self.text(STORY_FILE, &rec("intro paragraph", &p.id), "text", &p.text);
        }
        for sec in &s.sections {
            self.text(
                STORY_FILE,
                &rec("section", &sec.id),
                "heading",
                &sec.heading[0],
            );
            self.text(
                STORY_FILE,
                &rec("section", &sec.id),
                "heading",
                &sec.heading[1],
            );
            for st in &sec.steps {
                self.text(STORY_FILE, &rec("step", &st.id), "text", &st.text);
            }
        }
        for mt in &s.metrics {
            self.text(METRICS_FILE, &rec("metric", &mt.id), "label", &mt.label);
            self.text(METRICS_FILE, &rec("metric", &mt.id), "mark", &mt.mark);
            if let Some(c) = &mt.compare {
                self.text(METRICS_FILE, &rec("metric", &mt.id), "compare", &c.text);
            }
        }
        for c in &s.charts {
            self.text(CHARTS_FILE, &rec("chart", &c.id), "title", &c.title);
            self.text(CHARTS_FILE, &rec("chart", &c.id), "note", &c.note);
            for (field, t) in [("hint", &c.hint), ("takeaway", &c.takeaway)] {
                if let Some(t) = t {
                    self.text(CHARTS_FILE, &rec("chart", &c.id), field, t);
                }
            }
            for (id, t) in &c.annotations {
                self.text(
                    CHARTS_FILE,
                    &rec("chart", &c.id),
                    &format!("annotations.{id}"),
                    t,
                );
            }
        }
        for u in &s.units {
            self.text(UNITS_FILE, &rec("unit", &u.id), "name", &u.name);
            self.text(UNITS_FILE, &rec("unit", &u.id), "template", &u.template);
            for (lang, name) in self.langs() {
                if !u.template.get(lang).contains("{}") {
                    self.err(
                        UNITS_FILE,
                        rec("unit", &u.id),
                        "template",
                        format!("the {name} template has no {{}} where the number goes"),
                    );
                }
            }
            for (field, t) in [("en_one", &u.en_one), ("en_short", &u.en_short)] {
                if let Some(t) = t {
                    if !t.contains("{}") {
                        self.err(
                            UNITS_FILE,
                            rec("unit", &u.id),
                            field,
                            "has no {} where the number goes",
                        );
                    }
                }
            }
        }
    }
}
