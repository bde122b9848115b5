//! The preview's render (`prerender --preview`, run by scripts/preview.mjs on each save):
//! the story's folder read as it is now, without a build; a bad edit names its file, record
//! and field and writes nothing, so the last good pages stay.

use luyuan::lang::Lang;
use std::{
    fs,
    path::{Path, PathBuf},
    process::{Command, Output},
};

use serde_json::Value;

const FILES: [&str; 4] = ["story.json", "metrics.json", "charts.json", "units.json"];

/// A copy of the built story's folder in a fresh temporary folder, and an output folder.
fn scratch(name: &str) -> (PathBuf, PathBuf) {
    let root = std::env::temp_dir().join(format!("preview-render-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    let (story, out) = (root.join("story"), root.join("out"));
    fs::create_dir_all(&story).unwrap();
    fs::create_dir_all(&out).unwrap();
    let built = Path::new(env!("CARGO_MANIFEST_DIR")).join(luyuan::model::STORY_DIR);
    for f in FILES {
        fs::copy(built.join(f), story.join(f)).unwrap();
    }
    (story, out)
}

fn edit(dir: &Path, file: &str, change: impl FnOnce(&mut Value)) {
    let path = dir.join(file);
    let mut v: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    change(&mut v);
    fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
}

fn render(story: &Path, out: &Path) -> Output {
    let template = Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html");
    Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg("--preview")
        .args([story, &template, out])
        .env_remove("STORY_BASE_URL")
        .output()
        .unwrap()
}

#[test]
fn an_edit_shows_without_a_build() {
    let (story, out) = scratch("edit");
    edit(&story, "story.json", |v| {
        v["title"]["en"] = "Edited in the preview".into()
    });
    let run = render(&story, &out);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let en = fs::read_to_string(out.join("en.html")).unwrap();
    assert!(
        en.contains("<title>Edited in the preview"),
        "the edited title"
    );
    assert!(fs::read_to_string(out.join("index.html"))
        .unwrap()
        .contains("<html lang=\"zh-Hant\""));
    let pictures = fs::read_dir(out.join("charts")).unwrap().count();
    assert!(pictures > 0, "the static charts are drawn");
    // Only what the preview shows: no embed pages, chart pages or link previews.
    for name in fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name()) {
        let name = name.to_string_lossy().into_owned();
        let pages: Vec<&str> = Lang::published().iter().map(|l| l.page()).collect();
        assert!(
            pages.contains(&name.as_str())
                || ["charts", ".static-keys.json"].contains(&name.as_str()),
            "{name} is not a preview's file"
        );
    }
}

#[test]
fn a_bad_edit_names_its_file_record_and_field_and_writes_nothing() {
    let (story, out) = scratch("bad");
    let mut id = String::new();
    edit(&story, "metrics.json", |v| {
        let m = &mut v["metrics"][0];
        id = m["id"].as_str().unwrap().to_owned();
        m["unit"] = "no-such-unit".into();
    });
    let run = render(&story, &out);
    assert!(!run.status.success());
    let said = String::from_utf8_lossy(&run.stderr);
    let file = story.join("metrics.json").display().to_string();
    for needle in [
        file.as_str(),
        &format!("metric “{id}”"),
        "field “unit”",
        "no-such-unit",
    ] {
        assert!(said.contains(needle), "{needle:?} in {said}");
    }
    assert!(
        !said.contains(luyuan::model::STORY_DIR),
        "names the folder read: {said}"
    );
    assert_eq!(fs::read_dir(&out).unwrap().count(), 0, "nothing written");
}

#[test]
fn a_second_render_draws_again_only_the_charts_an_edit_changed() {
    let (story, out) = scratch("again");
    let first = render(&story, &out);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let all = fs::read_dir(out.join("charts")).unwrap().count();
    fs::remove_dir_all(out.join("charts")).unwrap();
    // The English label of the first chart's first figure.
    let built = luyuan::model::story();
    let chart = &built.charts[0];
    let metric = &chart.metrics[0];
    edit(&story, "metrics.json", |v| {
        let m = v["metrics"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|m| m["id"] == metric.as_str())
            .unwrap();
        let label = format!("{} (edited)", m["label"]["en"].as_str().unwrap());
        m["label"]["en"] = label.into();
    });
    let again = render(&story, &out);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    let redrawn: Vec<String> = fs::read_dir(out.join("charts"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !redrawn.is_empty() && redrawn.len() < all,
        "{} of {all} drawn again",
        redrawn.len()
    );
    for name in &redrawn {
        let shows = built
            .charts
            .iter()
            .any(|c| c.metrics.contains(metric) && name.starts_with(&format!("{}-", c.id)));
        assert!(
            shows,
            "{name} was drawn again though its chart does not show {metric}"
        );
        assert!(
            name.contains("-en-"),
            "{name}: only the English pictures changed"
        );
    }
}
