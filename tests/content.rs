//! The built-in content: every file parses and validates, every reference into the source is
//! real, nothing in Appendix 1 is left uncovered, and published ids never disappear.

use std::collections::{BTreeSet, HashSet};

use att_diligence::core::builtin::{self, SEED_FILE};
use att_diligence::core::coverage::{render_markdown, Coverage};
use att_diligence::core::l10n;
use att_diligence::core::question_set::{ElementId, Lang, ModuleKind, QuestionSet, Severity};
use att_diligence::core::sources::{Catalogue, ElementGroup};
use att_diligence::core::validate::validate;

fn repo_file(path: &str) -> String {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("cannot read {full}: {e}"))
}

fn content() -> (Vec<QuestionSet>, Catalogue) {
    let sets = builtin::sets().unwrap_or_else(|e| panic!("{e}"));
    let catalogue = builtin::catalogue().unwrap_or_else(|e| panic!("{e}"));
    (sets, catalogue)
}

fn set_of(sets: &[QuestionSet], module: ModuleKind) -> &QuestionSet {
    sets.iter()
        .find(|s| s.module == module)
        .unwrap_or_else(|| panic!("no built-in {module:?} set"))
}

#[test]
fn every_built_in_set_meets_the_content_rules() {
    let (sets, catalogue) = content();
    let mut report = Vec::new();
    for set in &sets {
        for p in validate(set, &catalogue) {
            report.push(format!("{}: {p}", set.id));
        }
    }
    assert!(
        report.is_empty(),
        "content problems:\n{}",
        report.join("\n")
    );
}

#[test]
fn every_module_the_widget_offers_has_a_built_in_set() {
    let (sets, _) = content();
    for module in [
        ModuleKind::Programme,
        ModuleKind::Screening,
        ModuleKind::Gbv74,
        ModuleKind::Reassessment,
        ModuleKind::Resources,
    ] {
        let set = set_of(&sets, module);
        assert!(set.items().count() > 0, "{module:?} set has no items");
    }
}

#[test]
fn ids_are_unique_across_all_sets_and_catalogues() {
    let (sets, catalogue) = content();
    let mut seen = HashSet::new();
    for set in &sets {
        assert!(
            seen.insert(format!("set {}", set.id)),
            "set id {} twice",
            set.id
        );
        for section in &set.sections {
            assert!(
                seen.insert(section.id.to_string()),
                "id {} twice",
                section.id
            );
        }
        for item in set.items() {
            assert!(seen.insert(item.id.to_string()), "id {} twice", item.id);
        }
    }
    let mut cat = HashSet::new();
    for e in &catalogue.elements {
        assert!(cat.insert(e.id.to_string()), "element {} twice", e.id);
    }
    for s in &catalogue.public_sources {
        assert!(cat.insert(s.id.to_string()), "public source {} twice", s.id);
    }
    for d in &catalogue.defects {
        assert!(cat.insert(d.id.clone()), "defect {} twice", d.id);
    }
}

/// `seeds/ids.lock` lists every id ever published; answers attach to them, so none may vanish.
#[test]
fn published_ids_still_exist() {
    let (sets, _) = content();
    let current: BTreeSet<String> = sets
        .iter()
        .flat_map(|s| {
            let sections = s.sections.iter().map(|x| x.id.to_string());
            sections.chain(s.items().map(|i| i.id.to_string()))
        })
        .collect();
    let lock = repo_file("seeds/ids.lock");
    let missing: Vec<&str> = lock
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter(|id| !current.contains(*id))
        .collect();
    assert!(
        missing.is_empty(),
        "published ids removed (saved answers would be orphaned): {missing:?}"
    );
    let unlisted: Vec<&String> = current
        .iter()
        .filter(|id| !lock.lines().any(|l| l.trim() == id.as_str()))
        .collect();
    assert!(
        unlisted.is_empty(),
        "new ids not yet in seeds/ids.lock (append them): {unlisted:?}"
    );
}

#[test]
fn every_source_reference_points_at_real_lines_of_the_seed() {
    let (_, catalogue) = content();
    let seed = repo_file(&format!("seeds/{SEED_FILE}"));
    let lines: Vec<&str> = seed.lines().collect();
    let mut bad = Vec::new();
    let ranges = catalogue
        .elements
        .iter()
        .map(|e| (e.id.to_string(), e.lines, Some(e.quote.as_str())))
        .chain(
            catalogue
                .defects
                .iter()
                .map(|d| (d.id.clone(), d.lines, None)),
        );
    for (id, [start, end], quote) in ranges {
        if start == 0 || start > end || end as usize > lines.len() {
            bad.push(format!(
                "{id}: lines {start}-{end} outside 1-{}",
                lines.len()
            ));
            continue;
        }
        let span = lines[start as usize - 1..end as usize].join("\n");
        if let Some(q) = quote {
            if q.trim().chars().count() < 4 || !span.contains(q) {
                bad.push(format!(
                    "{id}: quote {q:?} not found in lines {start}-{end}"
                ));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "broken source references:\n{}",
        bad.join("\n")
    );
}

/// Appendix 1's elements, as the source numbers them: each must be in the catalogue.
const APPENDIX_1: &[&str] = &[
    "app1.intro",
    "app1.p1",
    "app1.p1.b1",
    "app1.p2",
    "app1.p3",
    "app1.p4",
    "app1.p5",
    "app1.p6",
    "app1.p6.b1",
    "app1.p6.b2",
    "app1.p6.b3",
    "app1.p6.b4",
    "app1.p6.b5",
    "app1.p6.b6",
    "app1.p6.b7",
    "app1.p6.b8",
    "app1.p7",
    "app1.p8",
    "app1.p9",
];

#[test]
fn every_appendix_1_element_is_covered_by_an_item() {
    let (sets, catalogue) = content();
    let cov = Coverage::compute(&sets);
    for id in APPENDIX_1 {
        let id = ElementId::from(*id);
        let element = catalogue
            .element(&id)
            .unwrap_or_else(|| panic!("Appendix 1 element {id} missing from the catalogue"));
        assert_eq!(element.group, ElementGroup::Appendix1, "{id} group");
    }
    let uncovered: Vec<String> = catalogue
        .elements
        .iter()
        .filter(|e| e.group == ElementGroup::Appendix1 && cov.items_for(&e.id).is_empty())
        .map(|e| e.id.to_string())
        .collect();
    assert!(
        uncovered.is_empty(),
        "uncovered Appendix 1 elements: {uncovered:?}"
    );
}

#[test]
fn every_seed_indicator_is_covered_or_omitted_with_a_reason() {
    let (sets, catalogue) = content();
    let cov = Coverage::compute(&sets);
    let mut bad = Vec::new();
    for e in catalogue
        .elements
        .iter()
        .filter(|e| e.group == ElementGroup::Indicator)
    {
        match (&e.omitted, cov.items_for(&e.id).is_empty()) {
            (None, true) => bad.push(format!("{} is neither covered nor omitted", e.id)),
            (Some(r), true) if r.en.trim().is_empty() || r.zh.trim().is_empty() => bad.push(
                format!("{} is omitted without a reason in both languages", e.id),
            ),
            (Some(_), false) => bad.push(format!("{} is covered yet marked omitted", e.id)),
            _ => {}
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn every_catalogued_public_source_is_used_and_described() {
    let (sets, catalogue) = content();
    let cov = Coverage::compute(&sets);
    for s in &catalogue.public_sources {
        assert!(
            cov.by_public.contains_key(&s.id),
            "public source {} is catalogued but no item cites it",
            s.id
        );
        assert!(!s.citation.trim().is_empty() && !s.publisher.trim().is_empty());
    }
}

#[test]
fn the_article_7_4_flow_has_all_six_steps_in_treaty_order() {
    let (sets, _) = content();
    let gbv = set_of(&sets, ModuleKind::Gbv74);
    assert_eq!(gbv.sections.len(), 6, "the flowchart has six steps");
    for (i, section) in gbv.sections.iter().enumerate() {
        assert!(!section.items.is_empty(), "step {} has no items", i + 1);
        assert!(
            section.items.iter().all(|it| it.step == Some(i as u8 + 1)),
            "section {} holds items of another step",
            section.id
        );
    }
}

#[test]
fn screening_has_every_severity_level() {
    let (sets, _) = content();
    let screening = set_of(&sets, ModuleKind::Screening);
    for severity in [Severity::Stop, Severity::Inquire, Severity::Context] {
        assert!(
            screening.items().any(|i| i.severity == Some(severity)),
            "no screening indicator of severity {severity:?}"
        );
    }
}

#[test]
fn the_source_defects_we_work_around_are_recorded() {
    let (_, catalogue) = content();
    let ids: Vec<&str> = catalogue.defects.iter().map(|d| d.id.as_str()).collect();
    for required in ["missing-risk-indicators", "paragraph-gap-23-30"] {
        assert!(
            ids.contains(&required),
            "defect {required} not recorded: {ids:?}"
        );
    }
}

#[test]
fn coverage_report_is_current() {
    let (sets, catalogue) = content();
    let expected = render_markdown(&sets, &catalogue, SEED_FILE);
    assert!(
        !expected.contains("**not covered**"),
        "the coverage report has uncovered elements"
    );
    assert_eq!(
        repo_file("seeds/COVERAGE.md"),
        expected,
        "seeds/COVERAGE.md is stale: run `cargo run --example coverage > seeds/COVERAGE.md`"
    );
}

#[test]
fn every_rule_feeds_a_screening_indicator_from_a_list_that_exists() {
    use att_diligence::core::rules::Test;
    let (sets, _) = content();
    let screening = set_of(&sets, ModuleKind::Screening);
    let rules = builtin::rules().unwrap_or_else(|e| panic!("{e}"));
    let lists = builtin::lists().unwrap_or_else(|e| panic!("{e}"));
    let list_ids: Vec<&str> = lists.iter().map(|l| l.id.as_str()).collect();
    for rule in &rules.rules {
        assert!(
            screening.item(&rule.indicator).is_some(),
            "rule {} feeds unknown indicator {}",
            rule.id,
            rule.indicator
        );
        match &rule.test {
            Test::ListedPlace { list, .. } | Test::CategoryToListed { list, .. } => {
                assert!(
                    list_ids.contains(&list.as_str()),
                    "rule {} reads missing list {list}",
                    rule.id
                )
            }
            Test::TextContains { words, .. } => assert!(
                words.iter().all(|w| *w == w.to_lowercase()),
                "rule {}: words must be lowercase",
                rule.id
            ),
            _ => {}
        }
    }
}

#[test]
fn reference_lists_are_dated_sourced_and_unambiguous() {
    let (_, catalogue) = content();
    let lists = builtin::lists().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        lists.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(),
        ["conflicts", "embargoes", "hotspots"]
    );
    for list in &lists {
        let d = list.as_of.as_bytes();
        assert!(
            d.len() == 10 && d[4] == b'-' && d[7] == b'-',
            "{}: as_of {}",
            list.id,
            list.as_of
        );
        assert!(!list.notice.en.trim().is_empty() && !list.notice.zh.trim().is_empty());
        let mut ids = HashSet::new();
        let mut aliases: std::collections::HashMap<String, &str> = Default::default();
        for e in &list.entries {
            assert!(ids.insert(&e.id), "{}: id {} twice", list.id, e.id);
            assert!(
                !e.name.en.trim().is_empty() && !e.name.zh.trim().is_empty(),
                "{}: {} name",
                list.id,
                e.id
            );
            assert!(!e.sources.is_empty(), "{}: {} has no source", list.id, e.id);
            if let Some(el) = &e.element {
                assert!(
                    catalogue.element(&ElementId::from(el.as_str())).is_some(),
                    "{}: element {el}",
                    e.id
                );
            }
            for a in e.aliases.iter().chain([&e.name.en, &e.id]) {
                let key = a.trim().to_lowercase();
                assert!(!key.is_empty(), "{}: empty alias", e.id);
                if let Some(other) = aliases.insert(key.clone(), &e.id) {
                    assert_eq!(
                        other, e.id,
                        "{}: `{key}` means both {other} and {}",
                        list.id, e.id
                    );
                }
            }
        }
    }
}

/// Every text object (`en` and `zh`) in every seed file, with the file it is in.
fn seed_texts() -> Vec<(String, serde_json::Value)> {
    fn walk(v: &serde_json::Value, file: &str, out: &mut Vec<(String, serde_json::Value)>) {
        match v {
            serde_json::Value::Object(m) if m.contains_key("en") && m.contains_key("zh") => {
                out.push((file.to_owned(), v.clone()))
            }
            serde_json::Value::Object(m) => m.values().for_each(|x| walk(x, file, out)),
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, file, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for dir in ["seeds/sets", "seeds/sources", "seeds/lists"] {
        let full = format!("{}/{dir}", env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<_> = std::fs::read_dir(&full)
            .unwrap()
            .map(|e| e.unwrap().path())
            // Only the data: notes such as seeds/lists/VERIFICATION.md sit beside it.
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for path in files {
            let name = path.display().to_string();
            let v: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            walk(&v, &name, &mut out);
            // Until a reviewer signs a language off, the file says its text awaits review.
            let review = v["translations_for_review"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            for lang in ["ar", "fr", "ru", "es"] {
                assert!(review.iter().any(|l| l == lang), "{name}: {lang} not marked for review (or reviewed: remove this check's language)");
            }
        }
    }
    out
}

#[test]
fn all_built_in_content_is_in_the_six_un_languages() {
    let texts = seed_texts();
    assert!(texts.len() > 500, "found {} texts", texts.len());
    let mut missing = Vec::new();
    for (file, t) in &texts {
        for lang in ["en", "zh", "ar", "fr", "ru", "es"] {
            if t[lang].as_str().is_none_or(|s| s.trim().is_empty()) {
                missing.push(format!(
                    "{file}: {lang} for {:?}",
                    t["en"].as_str().unwrap_or_default()
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} texts lack a language, e.g. {:?}",
        missing.len(),
        &missing[..missing.len().min(5)]
    );
    // And through the packs the build writes: the embedded content (English and Chinese) with
    // the four packs applied has every language again, and says it awaits review.
    let seeds: Vec<serde_json::Value> = ["seeds/sets", "seeds/sources", "seeds/lists"]
        .iter()
        .flat_map(|dir| {
            let full = format!("{}/{dir}", env!("CARGO_MANIFEST_DIR"));
            let mut files: Vec<_> = std::fs::read_dir(full)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect();
            files.sort();
            files
        })
        .map(|f| serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap())
        .collect();
    let (plain, _) = content();
    assert!(
        plain.iter().all(|s| !s.title.has(Lang::Fr)),
        "the wasm carries no pack language"
    );
    let packs: Vec<l10n::Pack> = [Lang::Ar, Lang::Fr, Lang::Ru, Lang::Es]
        .into_iter()
        .map(|l| l10n::parse(&l10n::pack_json(l, &seeds, &interface(l)), l).unwrap())
        .collect();
    let sets = builtin::sets_with(&packs).unwrap();
    for set in &sets {
        assert_eq!(
            set.translations_for_review,
            [Lang::Ar, Lang::Fr, Lang::Ru, Lang::Es],
            "{}",
            set.id
        );
        for item in set.items() {
            for l in Lang::ALL {
                assert!(item.text.has(l), "{} {}: no {l:?}", set.id, item.id);
            }
        }
    }
    let catalogue = builtin::catalogue_with(&packs).unwrap();
    assert_eq!(catalogue.translations_for_review.len(), 4);
    assert!(builtin::lists_with(&packs)
        .unwrap()
        .iter()
        .all(|l| l.title.has(Lang::Ar)));
}

/// The Treaty's own text, catalogued as a public source for the resources module: an item drawn
/// from it may name the articles it reproduces.
const THE_TREATY: &str = "att-2013";

/// Items drawn only from public lists (BIS, Wassenaar, EU, UN, IMO...) cite that list and carry
/// no ATT article tag: a tag would present a US regulation or an IMO rule as Treaty text.
#[test]
fn items_from_public_lists_alone_carry_no_att_article_tag() {
    use att_diligence::core::question_set::Provenance;
    let (sets, _) = content();
    let tagged: Vec<String> = sets
        .iter()
        .flat_map(|s| s.items())
        .filter(|i| !i.articles.is_empty())
        .filter(|i| {
            i.provenance.iter().all(|p| match p {
                Provenance::Seed(_) => false,
                Provenance::Public { source, .. } => source.as_str() != THE_TREATY,
            })
        })
        .map(|i| format!("{} {:?}", i.id, i.articles))
        .collect();
    assert!(
        tagged.is_empty(),
        "items with only public provenance carry ATT article tags: {tagged:?}"
    );
}

/// A pack language's interface table as `examples/packs.rs` puts it in the pack.
fn interface(lang: Lang) -> serde_json::Value {
    let path = format!(
        "{}/src/core/i18n/catalog/{}.json",
        env!("CARGO_MANIFEST_DIR"),
        lang.tag()
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn a_packs_interface_words_install_and_a_broken_table_is_refused_whole() {
    use att_diligence::core::i18n;
    for lang in [Lang::Ar, Lang::Fr, Lang::Ru, Lang::Es] {
        let pack = l10n::parse(&l10n::pack_json(lang, &[], &interface(lang)), lang).unwrap();
        assert_eq!(i18n::install(lang, &pack.interface), Ok(()), "{lang:?}");
    }
    // A pack from before the tables travelled in packs, or a table with a key missing.
    let problems = i18n::install(Lang::Fr, &serde_json::Value::Null).unwrap_err();
    assert!(!problems.is_empty());
    let mut short = interface(Lang::Es);
    short.as_object_mut().unwrap().remove("save");
    let problems = i18n::install(Lang::Es, &short).unwrap_err();
    assert!(
        problems.iter().any(|p| p.contains("`save`")),
        "{problems:?}"
    );
}
