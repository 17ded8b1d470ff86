//! Content rules every question set must meet, built-in or supplied at run time.
//!
//! Validation collects every problem rather than stopping at the first, and each problem names
//! the set, the item (or section) and the field, so an author can fix a file in one pass.

use std::collections::HashSet;

use super::question_set::{ModuleKind, Provenance, QuestionSet, Text, FORMAT_VERSION};
use super::sources::Catalogue;

/// Where in a question set a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Set,
    Section(String),
    Item(String),
    /// An item without a usable id: its section and 1-based position.
    ItemAt {
        section: SectionRef,
        position: usize,
    },
}

/// A section as a location names it: by its id, or by its 1-based position when it has none.
/// Kept apart from any words, so each language phrases it (`i18n`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SectionRef {
    Id(String),
    At(usize),
}

/// One problem found in a question set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub location: Location,
    /// Which field, as a path (`text.zh`, `provenance[1]`).
    pub field: String,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProblemKind {
    UnsupportedFormat(u32),
    EmptyText,
    BadId(String),
    DuplicateId(String),
    BadVersion(String),
    BadArticle(String),
    NoProvenance,
    UnknownElement(String),
    UnknownPublicSource(String),
    EmptyReference,
    /// A field that only another module kind may use.
    NotForModule(&'static str),
    /// A field this module kind requires.
    Missing(&'static str),
    BadStep(u8),
    StepOutsideSection {
        step: u8,
    },
    NoItems,
    /// `since` names a version later than the set's own.
    SinceAfterSet(String),
}

/// `^[a-z][a-z0-9]*([.-][a-z0-9]+)*$`, written out to keep a regex engine out of the bundle.
pub fn is_valid_id(id: &str) -> bool {
    let mut prev_sep = true;
    for (i, c) in id.chars().enumerate() {
        match c {
            'a'..='z' => prev_sep = false,
            '0'..='9' if i > 0 && !prev_sep => {}
            '0'..='9' if i > 0 => prev_sep = false,
            '.' | '-' if !prev_sep => prev_sep = true,
            _ => return false,
        }
    }
    !id.is_empty() && !prev_sep
}

/// A treaty article: `7`, `7(4)`, `6(3)`, `17(4)(a)`.
pub fn is_valid_article(a: &str) -> bool {
    let digits = a.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return false;
    }
    let mut rest = &a[digits..];
    let mut groups = 0;
    while let Some(inner) = rest.strip_prefix('(') {
        let Some(end) = inner.find(')') else {
            return false;
        };
        let part = &inner[..end];
        let ok = (groups == 0 && !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
            || (groups == 1 && part.len() == 1 && part.bytes().all(|b| b.is_ascii_lowercase()));
        if !ok {
            return false;
        }
        groups += 1;
        rest = &inner[end + 1..];
    }
    rest.is_empty()
}

fn is_semver(v: &str) -> bool {
    let parts: Vec<&str> = v.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

struct Checker<'a> {
    catalogue: &'a Catalogue,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, location: &Location, field: &str, kind: ProblemKind) {
        self.problems.push(Problem {
            location: location.clone(),
            field: field.to_owned(),
            kind,
        });
    }

    fn text(&mut self, location: &Location, field: &str, text: &Text) {
        for (lang, value) in [("en", &text.en), ("zh", &text.zh)] {
            if value.trim().is_empty() {
                self.report(location, &format!("{field}.{lang}"), ProblemKind::EmptyText);
            }
        }
    }

    fn id(&mut self, location: &Location, id: &str, seen: &mut HashSet<String>) {
        if !is_valid_id(id) {
            self.report(location, "id", ProblemKind::BadId(id.to_owned()));
        }
        if !seen.insert(id.to_owned()) {
            self.report(location, "id", ProblemKind::DuplicateId(id.to_owned()));
        }
    }

    fn provenance(&mut self, location: &Location, index: usize, p: &Provenance) {
        let field = format!("provenance[{index}]");
        match p {
            Provenance::Seed(id) if self.catalogue.element(id).is_none() => self.report(
                location,
                &field,
                ProblemKind::UnknownElement(id.to_string()),
            ),
            Provenance::Public { source, reference } => {
                if self.catalogue.public_source(source).is_none() {
                    self.report(
                        location,
                        &field,
                        ProblemKind::UnknownPublicSource(source.to_string()),
                    );
                }
                if reference.trim().is_empty() {
                    self.report(location, &field, ProblemKind::EmptyReference);
                }
            }
            Provenance::Seed(_) => {}
        }
    }
}

/// Checks a set against the content rules; an empty result means it is usable.
pub fn validate(set: &QuestionSet, catalogue: &Catalogue) -> Vec<Problem> {
    let mut c = Checker {
        catalogue,
        problems: Vec::new(),
    };
    if set.format != FORMAT_VERSION {
        c.report(
            &Location::Set,
            "format",
            ProblemKind::UnsupportedFormat(set.format),
        );
    }
    if !is_valid_id(set.id.as_str()) {
        c.report(&Location::Set, "id", ProblemKind::BadId(set.id.to_string()));
    }
    if !is_semver(&set.version) {
        c.report(
            &Location::Set,
            "version",
            ProblemKind::BadVersion(set.version.clone()),
        );
    }
    c.text(&Location::Set, "title", &set.title);
    if let Some(l) = &set.label {
        c.text(&Location::Set, "label", l);
    }
    if let Some(d) = &set.description {
        c.text(&Location::Set, "description", d);
    }
    let mut seen = HashSet::new();
    for (section_index, section) in set.sections.iter().enumerate() {
        let loc = Location::Section(section.id.to_string());
        c.id(&loc, section.id.as_str(), &mut seen);
        c.text(&loc, "title", &section.title);
        if let Some(intro) = &section.intro {
            c.text(&loc, "intro", intro);
        }
        if section.items.is_empty() {
            c.report(&loc, "items", ProblemKind::NoItems);
        }
        for item in &section.items {
            let loc = Location::Item(item.id.to_string());
            c.id(&loc, item.id.as_str(), &mut seen);
            c.text(&loc, "text", &item.text);
            if let Some(g) = &item.guidance {
                c.text(&loc, "guidance", g);
            }
            for a in &item.articles {
                if !is_valid_article(a) {
                    c.report(&loc, "articles", ProblemKind::BadArticle(a.clone()));
                }
            }
            if let Some(since) = &item.since {
                if !is_semver(since) {
                    c.report(&loc, "since", ProblemKind::BadVersion(since.clone()));
                } else if super::summary::version_key(since)
                    > super::summary::version_key(&set.version)
                {
                    c.report(&loc, "since", ProblemKind::SinceAfterSet(since.clone()));
                }
            }
            if item.provenance.is_empty() {
                c.report(&loc, "provenance", ProblemKind::NoProvenance);
            }
            for (i, p) in item.provenance.iter().enumerate() {
                c.provenance(&loc, i, p);
            }
            module_fields(&mut c, set.module, section_index, &loc, item);
        }
    }
    if set.sections.is_empty() {
        c.report(&Location::Set, "sections", ProblemKind::NoItems);
    }
    c.problems
}

/// Fields whose presence depends on the module kind.
fn module_fields(
    c: &mut Checker<'_>,
    module: ModuleKind,
    section_index: usize,
    loc: &Location,
    item: &super::question_set::Item,
) {
    let screening = module == ModuleKind::Screening;
    if screening {
        match item.severity {
            None => c.report(loc, "severity", ProblemKind::Missing("severity")),
            Some(s) if s != super::question_set::Severity::Context && item.inquiry.is_none() => c
                .report(
                    loc,
                    "inquiry",
                    ProblemKind::Missing("inquiry (for stop/inquire)"),
                ),
            Some(_) => {}
        }
        if item.modes.is_empty() {
            c.report(loc, "modes", ProblemKind::Missing("modes"));
        }
        if let Some(q) = &item.inquiry {
            c.text(loc, "inquiry", q);
        }
    } else {
        if item.severity.is_some() {
            c.report(loc, "severity", ProblemKind::NotForModule("severity"));
        }
        if !item.modes.is_empty() {
            c.report(loc, "modes", ProblemKind::NotForModule("modes"));
        }
        if item.inquiry.is_some() {
            c.report(loc, "inquiry", ProblemKind::NotForModule("inquiry"));
        }
    }
    match (module, item.step) {
        (ModuleKind::Gbv74, None) => c.report(loc, "step", ProblemKind::Missing("step")),
        (ModuleKind::Gbv74, Some(s)) if !(1..=6).contains(&s) => {
            c.report(loc, "step", ProblemKind::BadStep(s))
        }
        (ModuleKind::Gbv74, Some(s)) if usize::from(s) != section_index + 1 => {
            c.report(loc, "step", ProblemKind::StepOutsideSection { step: s })
        }
        (ModuleKind::Gbv74, Some(_)) | (_, None) => {}
        (_, Some(_)) => c.report(loc, "step", ProblemKind::NotForModule("step")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        for ok in ["prog.dd", "scr.docs.falsified", "app1.p6.b3", "a-b", "x1"] {
            assert!(is_valid_id(ok), "{ok} should be valid");
        }
        for bad in [
            "", "Prog", "1x", "a..b", "a.", ".a", "a b", "a_b", "a.-b", "中",
        ] {
            assert!(!is_valid_id(bad), "{bad} should be invalid");
        }
    }

    #[test]
    fn articles() {
        for ok in ["7", "7(4)", "6(3)", "2(1)", "17(4)(a)", "11"] {
            assert!(is_valid_article(ok), "{ok} should be valid");
        }
        for bad in [
            "", "Art. 7", "7(", "7()", "7(4", "(4)", "7(a)", "7(4)(ab)", "123",
        ] {
            assert!(!is_valid_article(bad), "{bad} should be invalid");
        }
    }
}
