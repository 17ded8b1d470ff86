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
                Key::ProblemUnsupportedFormat,
                args![version = v, supported = FORMAT_VERSION],
            ),
            ProblemKind::EmptyText => self.t(Key::ProblemEmptyText),
            ProblemKind::BadId(id) => f(Key::ProblemBadId, id),
            ProblemKind::DuplicateId(id) => f(Key::ProblemDuplicateId, id),
            ProblemKind::BadVersion(v) => f(Key::ProblemBadVersion, v),
            ProblemKind::BadArticle(a) => f(Key::ProblemBadArticle, a),
            ProblemKind::NoProvenance => self.t(Key::ProblemNoProvenance),
            ProblemKind::UnknownElement(id) => f(Key::ProblemUnknownElement, id),
            ProblemKind::UnknownPublicSource(id) => f(Key::ProblemUnknownPublicSource, id),
            ProblemKind::EmptyReference => self.t(Key::ProblemEmptyReference),
            ProblemKind::NotForModule(what) => f(Key::ProblemNotForModule, what),
            ProblemKind::Missing(what) => f(Key::ProblemMissing, what),
            ProblemKind::BadStep(s) => self.f(Key::ProblemBadStep, args![step = s]),
            ProblemKind::StepOutsideSection { step } => {
                self.f(Key::ProblemStepOutsideSection, args![step = step])
            }
            ProblemKind::SinceAfterSet(v) => f(Key::ProblemSinceAfterSet, v),
            ProblemKind::NoItems => self.t(Key::ProblemNoItems),
        };
        let location = self.location(&p.location);
        self.f(
            Key::Problem,
            args![location = location, field = p.field, problem = what],
        )
    }

    pub(super) fn location(&self, l: &Location) -> String {
        match l {
            Location::Set => self.t(Key::LocationSet),
            Location::Section(id) => self.f(Key::LocationSection, args![id = id]),
            Location::Item(id) => self.f(Key::LocationItem, args![id = id]),
            Location::ItemAt {
                section: SectionRef::Id(id),
                position,
            } => self.f(
                Key::LocationItemInSection,
                args![section = id, position = position],
            ),
            Location::ItemAt {
                section: SectionRef::At(n),
                position,
            } => self.f(
                Key::LocationItemInSectionAt,
                args![section = n, position = position],
            ),
        }
    }

    pub fn custom_set_error(&self, e: &CustomSetError) -> String {
        match e {
            CustomSetError::TooLarge { bytes } => {
                let (size, limit) = (self.size(*bytes as u64), self.size(MAX_BYTES as u64));
                self.f(Key::CustomSetTooLarge, args![size = size, limit = limit])
            }
            CustomSetError::NotJson(e) => self.json_error(e),
            CustomSetError::UnsupportedFormat(Some(v)) => self.f(
                Key::CustomSetUnsupportedFormat,
                args![version = v, supported = FORMAT_VERSION],
            ),
            CustomSetError::UnsupportedFormat(None) => self.t(Key::CustomSetNoFormat),
            CustomSetError::Shape { location, error } => {
                let location = self.location(location);
                let reason = self.json_error(error);
                self.f(
                    Key::CustomSetShape,
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
            Mode::Sea => Key::ModeSea,
            Mode::Air => Key::ModeAir,
            Mode::Road => Key::ModeRoad,
            Mode::Rail => Key::ModeRail,
            Mode::Multimodal => Key::ModeMultimodal,
        }
    }

    pub(super) fn row_problem(&self, p: &RowProblem) -> String {
        match p {
            RowProblem::FieldCount { expected, found } => self.f(
                Key::RowFieldCount,
                args![expected = expected, found = found],
            ),
            RowProblem::MissingReference => self.t(Key::RowMissingReference),
            RowProblem::MissingDestination => self.t(Key::RowMissingDestination),
            RowProblem::BadMode(v) => self.f(Key::RowBadMode, args![value = v]),
            RowProblem::BadCategory(v) => self.f(Key::RowBadCategory, args![value = v]),
            RowProblem::BadDate(v) => self.f(Key::RowBadDate, args![value = v]),
            RowProblem::BadDocument { column, value } => {
                self.f(Key::RowBadDocument, args![column = column, value = value])
            }
        }
    }

    pub(super) fn import_error(&self, e: &ImportError) -> String {
        match e {
            ImportError::TooLarge { bytes, limit } => {
                let (size, limit) = (self.size(*bytes as u64), self.size(*limit as u64));
                self.f(Key::ImportTooLarge, args![size = size, limit = limit])
            }
            ImportError::NotText { .. } => self.t(Key::ImportNotText),
            ImportError::NotJson(e) | ImportError::Malformed(e) => self.json_error(e),
            ImportError::NotAnExport => self.t(Key::ImportNotAnExport),
            ImportError::NewerFormat(v) => self.f(Key::ImportNewerFormat, args![version = v]),
            ImportError::UnknownSet(id) => self.f(Key::ImportUnknownSet, args![id = id]),
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
            Kind::Syntax => self.f(Key::JsonSyntax, args![line = e.line, column = e.column]),
            Kind::CutOff => self.t(Key::JsonCutOff),
            Kind::TooDeep => self.f(Key::JsonTooDeep, args![depth = MAX_DEPTH]),
            Kind::Missing => at(Key::JsonFileMissing, Key::JsonFieldMissing, &[]),
            Kind::UnknownField => at(Key::JsonFileUnknownField, Key::JsonFieldUnknownField, &[]),
            Kind::Duplicate => at(Key::JsonFileDuplicate, Key::JsonFieldDuplicate, &[]),
            Kind::UnknownValue { value, allowed } if allowed.is_empty() => at(
                Key::JsonFileUnknownValue,
                Key::JsonFieldUnknownValue,
                args![value = value],
            ),
            Kind::UnknownValue { value, allowed } => {
                let allowed = allowed.join(&self.t(Key::SeparatorComma));
                at(
                    Key::JsonFileUnknownValueAllowed,
                    Key::JsonFieldUnknownValueAllowed,
                    args![value = value, allowed = allowed],
                )
            }
            Kind::Expected(Expected::Other) | Kind::Invalid => {
                at(Key::JsonFileInvalid, Key::JsonFieldInvalid, &[])
            }
            Kind::Expected(x) => {
                let expected = self.t(match x {
                    Expected::Text => Key::JsonExpectedText,
                    Expected::WholeNumber => Key::JsonExpectedWholeNumber,
                    Expected::Number => Key::JsonExpectedNumber,
                    Expected::TrueFalse => Key::JsonExpectedTrueFalse,
                    Expected::List => Key::JsonExpectedList,
                    Expected::Group => Key::JsonExpectedGroup,
                    // Worded as any other value the file does not allow (above).
                    Expected::Other => return at(Key::JsonFileInvalid, Key::JsonFieldInvalid, &[]),
                });
                at(
                    Key::JsonFileExpected,
                    Key::JsonFieldExpected,
                    args![expected = expected],
                )
            }
            Kind::NotADate { value } => at(
                Key::JsonFileNotADate,
                Key::JsonFieldNotADate,
                args![value = value],
            ),
        }
    }

    pub(super) fn load_error(&self, e: &LoadError) -> String {
        match e {
            LoadError::Malformed(e) => {
                let reason = self.json_error(e);
                self.f(Key::LoadMalformed, args![reason = reason])
            }
            LoadError::NotAnAssessment => self.t(Key::LoadNotAnAssessment),
            LoadError::UnsupportedVersion(v) => {
                self.f(Key::LoadUnsupportedVersion, args![version = v])
            }
            LoadError::Missing => self.t(Key::LoadMissing),
        }
    }

    pub(super) fn part_name(&self, p: Part) -> String {
        match p {
            Part::Assessment(i) => self.f(Key::BackupPartAssessment, args![n = i + 1]),
            Part::Register => self.t(Key::BackupPartRegister),
            Part::Lists => self.t(Key::BackupPartLists),
        }
    }

    pub(super) fn read_error(&self, e: &ReadError) -> String {
        match e {
            ReadError::TooManyCells { limit } => {
                let limit = self.n(*limit as usize);
                self.f(Key::ReadTooManyCells, args![limit = limit])
            }
            ReadError::Empty => self.t(Key::ReadEmpty),
            ReadError::NoRows => self.t(Key::ReadNoRows),
            ReadError::NotWorkbook { .. } => self.t(Key::ReadNotWorkbook),
            ReadError::NoSheet => self.t(Key::ReadNoSheet),
            ReadError::OldOrProtectedWorkbook => self.t(Key::ReadOldOrProtected),
            ReadError::NotText => self.t(Key::ReadNotText),
        }
    }

    pub(super) fn encoding(&self, e: Encoding) -> Key {
        match e {
            Encoding::Utf8 => Key::EncodingUtf8,
            Encoding::Utf8Bom => Key::EncodingUtf8Bom,
            Encoding::Utf16Le => Key::EncodingUtf16Le,
            Encoding::Utf16Be => Key::EncodingUtf16Be,
            Encoding::Windows1252 => Key::EncodingWindows1252,
        }
    }

    /// The delimiter as the "separated by …" sentence needs it.
    pub(super) fn separated_by(&self, d: Delimiter) -> Key {
        match d {
            Delimiter::Comma => Key::SeparatedByComma,
            Delimiter::Semicolon => Key::SeparatedBySemicolon,
            Delimiter::Tab => Key::SeparatedByTab,
        }
    }

    /// Where a cut cell was, for the message that lists them.
    pub(super) fn cut_place(&self, c: &Cut) -> String {
        let whose = match &c.whose {
            Whose::Assessment => self.t(Key::CutAssessment),
            Whose::Set => self.t(Key::CutSet),
            Whose::Section(t) => self.f(Key::CutSection, args![title = t]),
            Whose::Item { question, .. } => self.f(Key::CutItem, args![question = question]),
            Whose::Shipment(r) => self.f(Key::CutShipment, args![reference = r]),
        };
        let field = match c.field {
            CutField::Name => self.t(Key::CutFieldName),
            CutField::Title if matches!(c.whose, Whose::Item { .. }) => {
                self.t(Key::CutFieldQuestion)
            }
            CutField::Title => self.t(Key::CutFieldTitle),
            CutField::Detail(f) => self.text(&Msg::Detail(f)),
            CutField::Answer(f) => self.text(&Msg::FieldLabel(f)),
            CutField::Shipment(f) => self.text(&Msg::ShipmentField(f)),
            CutField::Transit => self.t(Key::CutFieldTransit),
            CutField::Parties => self.text(&Msg::Party(super::party::PartyMsg::PartiesHeading)),
        };
        self.f(Key::CutPlace, args![whose = whose, field = field])
    }

    /// Why no workbook was written, and what to do instead.
    pub(super) fn xlsx_failure(&self, e: &XlsxError) -> Key {
        match e {
            XlsxError::Unavailable(_) => Key::XlsxUnavailable,
            XlsxError::TimedOut(_) => Key::XlsxTimedOut,
            XlsxError::Blocked(_) => Key::XlsxBlocked,
            XlsxError::TooManyRows(_) => Key::XlsxTooManyRows,
            XlsxError::Refused(_) => Key::XlsxRefused,
        }
    }
}
