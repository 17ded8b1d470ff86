#![allow(dead_code)] // Bootstrap: not yet wired in.
//! Which key and which arguments each problem, load error and failure takes, written once for
//! every language (the words are in `catalog/*.json`).

use super::format::{args, Arg, Key, R};
use super::Msg;
use crate::core::backup::Part;
use crate::core::batch::{Delimiter, Encoding, ReadError, RowProblem};
use crate::core::custom::{CustomSetError, MAX_BYTES};
use crate::core::cut::{Cut, CutField, Whose};
use crate::core::export::ImportError;
use crate::core::json_error::{Expected, JsonError, Kind, MAX_DEPTH};
use crate::core::question_set::{Mode, FORMAT_VERSION};
use crate::core::saved::LoadError;
use crate::core::validate::{Location, Problem, ProblemKind, SectionRef};
use crate::core::xlsx_error::XlsxError;

impl R<'_> {
    pub fn problem(&self, p: &Problem) -> String {
        let f = |key: Key, value: &str| self.f(key, args![value = value]);
        let what = match &p.kind {
            ProblemKind::UnsupportedFormat(v) => self.f(
                "problem.unsupported-format",
                args![version = v, supported = FORMAT_VERSION],
            ),
            ProblemKind::EmptyText => self.t("problem.empty-text"),
            ProblemKind::BadId(id) => f("problem.bad-id", id),
            ProblemKind::DuplicateId(id) => f("problem.duplicate-id", id),
            ProblemKind::BadVersion(v) => f("problem.bad-version", v),
            ProblemKind::BadArticle(a) => f("problem.bad-article", a),
            ProblemKind::NoProvenance => self.t("problem.no-provenance"),
            ProblemKind::UnknownElement(id) => f("problem.unknown-element", id),
            ProblemKind::UnknownPublicSource(id) => f("problem.unknown-public-source", id),
            ProblemKind::EmptyReference => self.t("problem.empty-reference"),
            ProblemKind::NotForModule(what) => f("problem.not-for-module", what),
            ProblemKind::Missing(what) => f("problem.missing", what),
            ProblemKind::BadStep(s) => self.f("problem.bad-step", args![step = s]),
            ProblemKind::StepOutsideSection { step } => {
                self.f("problem.step-outside-section", args![step = step])
            }
            ProblemKind::SinceAfterSet(v) => f("problem.since-after-set", v),
            ProblemKind::NoItems => self.t("problem.no-items"),
        };
        let location = self.location(&p.location);
        self.f(
            "problem",
            args![location = location, field = p.field, problem = what],
        )
    }

    pub(super) fn location(&self, l: &Location) -> String {
        match l {
            Location::Set => self.t("location.set"),
            Location::Section(id) => self.f("location.section", args![id = id]),
            Location::Item(id) => self.f("location.item", args![id = id]),
            Location::ItemAt {
                section: SectionRef::Id(id),
                position,
            } => self.f(
                "location.item-in-section",
                args![section = id, position = position],
            ),
            Location::ItemAt {
                section: SectionRef::At(n),
                position,
            } => self.f(
                "location.item-in-section-at",
                args![section = n, position = position],
            ),
        }
    }

    pub fn custom_set_error(&self, e: &CustomSetError) -> String {
        match e {
            CustomSetError::TooLarge { bytes } => {
                let (size, limit) = (self.size(*bytes as u64), self.size(MAX_BYTES as u64));
                self.f("custom-set.too-large", args![size = size, limit = limit])
            }
            CustomSetError::NotJson(e) => self.json_error(e),
            CustomSetError::UnsupportedFormat(Some(v)) => self.f(
                "custom-set.unsupported-format",
                args![version = v, supported = FORMAT_VERSION],
            ),
            CustomSetError::UnsupportedFormat(None) => self.t("custom-set.no-format"),
            CustomSetError::Shape { location, error } => {
                let location = self.location(location);
                let reason = self.json_error(error);
                self.f(
                    "custom-set.shape",
                    args![location = location, reason = reason],
                )
            }
            // The same in every language: each problem, one after another.
            CustomSetError::Invalid(ps) => ps
                .iter()
                .map(|p| self.problem(p))
                .collect::<Vec<_>>()
                .join("; "),
        }
    }

    pub(super) fn mode(&self, m: Mode) -> Key {
        match m {
            Mode::Sea => "mode.sea",
            Mode::Air => "mode.air",
            Mode::Road => "mode.road",
            Mode::Rail => "mode.rail",
            Mode::Multimodal => "mode.multimodal",
        }
    }

    pub(super) fn row_problem(&self, p: &RowProblem) -> String {
        match p {
            RowProblem::FieldCount { expected, found } => {
                self.f("row.field-count", args![expected = expected, found = found])
            }
            RowProblem::MissingReference => self.t("row.missing-reference"),
            RowProblem::MissingDestination => self.t("row.missing-destination"),
            RowProblem::BadMode(v) => self.f("row.bad-mode", args![value = v]),
            RowProblem::BadCategory(v) => self.f("row.bad-category", args![value = v]),
            RowProblem::BadDate(v) => self.f("row.bad-date", args![value = v]),
            RowProblem::BadDocument { column, value } => {
                self.f("row.bad-document", args![column = column, value = value])
            }
        }
    }

    pub(super) fn import_error(&self, e: &ImportError) -> String {
        match e {
            ImportError::TooLarge { bytes, limit } => {
                let (size, limit) = (self.size(*bytes as u64), self.size(*limit as u64));
                self.f("import.too-large", args![size = size, limit = limit])
            }
            ImportError::NotText { .. } => self.t("import.not-text"),
            ImportError::NotJson(e) | ImportError::Malformed(e) => self.json_error(e),
            ImportError::NotAnExport => self.t("import.not-an-export"),
            ImportError::NewerFormat(v) => self.f("import.newer-format", args![version = v]),
            ImportError::UnknownSet(id) => self.f("import.unknown-set", args![id = id]),
        }
    }

    /// What is wrong in a JSON file: where the text breaks, or which field and why (the
    /// whole file's wording apart from a field's: some languages say them differently).
    pub(super) fn json_error(&self, e: &JsonError) -> String {
        let file = e.path.is_empty();
        let pick = |whole: Key, field: Key| if file { whole } else { field };
        let path = &e.path;
        // The whole file's wording takes no path.
        let at = |key_file: Key, key_field: Key, rest: &[Arg]| {
            let mut a: Vec<Arg> = rest.to_vec();
            if !file {
                a.push(("path", path));
            }
            self.f(pick(key_file, key_field), &a)
        };
        match &e.kind {
            Kind::Syntax => self.f("json.syntax", args![line = e.line, column = e.column]),
            Kind::CutOff => self.t("json.cut-off"),
            Kind::TooDeep => self.f("json.too-deep", args![depth = MAX_DEPTH]),
            Kind::Missing => at("json.file.missing", "json.field.missing", &[]),
            Kind::UnknownField => at("json.file.unknown-field", "json.field.unknown-field", &[]),
            Kind::Duplicate => at("json.file.duplicate", "json.field.duplicate", &[]),
            Kind::UnknownValue { value, allowed } if allowed.is_empty() => at(
                "json.file.unknown-value",
                "json.field.unknown-value",
                args![value = value],
            ),
            Kind::UnknownValue { value, allowed } => {
                let allowed = allowed.join(&self.t("separator.comma"));
                at(
                    "json.file.unknown-value.allowed",
                    "json.field.unknown-value.allowed",
                    args![value = value, allowed = allowed],
                )
            }
            Kind::Expected(Expected::Other) | Kind::Invalid => {
                at("json.file.invalid", "json.field.invalid", &[])
            }
            Kind::Expected(x) => {
                let expected = self.t(match x {
                    Expected::Text => "json.expected.text",
                    Expected::WholeNumber => "json.expected.whole-number",
                    Expected::Number => "json.expected.number",
                    Expected::TrueFalse => "json.expected.true-false",
                    Expected::List => "json.expected.list",
                    Expected::Group => "json.expected.group",
                    Expected::Other => "json.expected.other",
                });
                at(
                    "json.file.expected",
                    "json.field.expected",
                    args![expected = expected],
                )
            }
            Kind::NotADate { value } => at(
                "json.file.not-a-date",
                "json.field.not-a-date",
                args![value = value],
            ),
        }
    }

    pub(super) fn load_error(&self, e: &LoadError) -> String {
        match e {
            LoadError::Malformed(e) => {
                let reason = self.json_error(e);
                self.f("load.malformed", args![reason = reason])
            }
            LoadError::NotAnAssessment => self.t("load.not-an-assessment"),
            LoadError::UnsupportedVersion(v) => {
                self.f("load.unsupported-version", args![version = v])
            }
            LoadError::Missing => self.t("load.missing"),
        }
    }

    pub(super) fn part_name(&self, p: Part) -> String {
        match p {
            Part::Assessment(i) => self.f("backup.part.assessment", args![n = i + 1]),
            Part::Register => self.t("backup.part.register"),
            Part::Lists => self.t("backup.part.lists"),
        }
    }

    pub(super) fn read_error(&self, e: &ReadError) -> String {
        match e {
            ReadError::TooManyCells { limit } => {
                let limit = self.n(*limit as usize);
                self.f("read.too-many-cells", args![limit = limit])
            }
            ReadError::Empty => self.t("read.empty"),
            ReadError::NoRows => self.t("read.no-rows"),
            ReadError::NotWorkbook { .. } => self.t("read.not-workbook"),
            ReadError::NoSheet => self.t("read.no-sheet"),
            ReadError::OldOrProtectedWorkbook => self.t("read.old-or-protected"),
            ReadError::NotText => self.t("read.not-text"),
        }
    }

    pub(super) fn encoding(&self, e: Encoding) -> Key {
        match e {
            Encoding::Utf8 => "encoding.utf8",
            Encoding::Utf8Bom => "encoding.utf8-bom",
            Encoding::Utf16Le => "encoding.utf16-le",
            Encoding::Utf16Be => "encoding.utf16-be",
            Encoding::Windows1252 => "encoding.windows-1252",
        }
    }

    /// The delimiter as the "separated by …" sentence needs it.
    pub(super) fn separated_by(&self, d: Delimiter) -> Key {
        match d {
            Delimiter::Comma => "separated-by.comma",
            Delimiter::Semicolon => "separated-by.semicolon",
            Delimiter::Tab => "separated-by.tab",
        }
    }

    /// Where a cut cell was, for the message that lists them.
    pub(super) fn cut_place(&self, c: &Cut) -> String {
        let whose = match &c.whose {
            Whose::Assessment => self.t("cut.assessment"),
            Whose::Set => self.t("cut.set"),
            Whose::Section(t) => self.f("cut.section", args![title = t]),
            Whose::Item { question, .. } => self.f("cut.item", args![question = question]),
            Whose::Shipment(r) => self.f("cut.shipment", args![reference = r]),
        };
        let field = match c.field {
            CutField::Name => self.t("cut.field.name"),
            CutField::Title if matches!(c.whose, Whose::Item { .. }) => {
                self.t("cut.field.question")
            }
            CutField::Title => self.t("cut.field.title"),
            CutField::Detail(f) => self.text(&Msg::Detail(f)),
            CutField::Answer(f) => self.text(&Msg::FieldLabel(f)),
            CutField::Shipment(f) => self.text(&Msg::ShipmentField(f)),
            CutField::Transit => self.t("cut.field.transit"),
            CutField::Parties => self.text(&Msg::Party(super::party::PartyMsg::PartiesHeading)),
        };
        self.f("cut.place", args![whose = whose, field = field])
    }

    /// Why no workbook was written, and what to do instead.
    pub(super) fn xlsx_failure(&self, e: &XlsxError) -> Key {
        match e {
            XlsxError::Unavailable(_) => "xlsx.unavailable",
            XlsxError::TimedOut(_) => "xlsx.timed-out",
            XlsxError::Blocked(_) => "xlsx.blocked",
            XlsxError::TooManyRows(_) => "xlsx.too-many-rows",
            XlsxError::Refused(_) => "xlsx.refused",
        }
    }
}
