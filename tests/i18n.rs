//! The interface catalogue in every language: a missing or extra key, or a placeholder that
//! differs from English, fails the build (`build.rs` checks `src/core/i18n/catalog/*.json`);
//! this checks that each text is translated, not English left in place, and that each language
//! is written in its own script.

use att_diligence::core::i18n::plural::Category;
use att_diligence::core::i18n::tables::{Key, Table};
use att_diligence::core::i18n::{text, Msg};
use att_diligence::core::question_set::Lang;

/// Every message that takes no argument (the catalogues' plain labels).
fn plain_messages() -> Vec<Msg> {
    vec![
        Msg::AppTitle,
        Msg::Note,
        Msg::Guidance,
        Msg::Language,
        Msg::Modules,
        Msg::Inquiry,
        Msg::Sources,
        Msg::CustomSetLoad,
        Msg::CustomBadge,
        Msg::FileUnreadable,
        Msg::Assessment,
        Msg::NewAssessment,
        Msg::Rename,
        Msg::Duplicate,
        Msg::Delete,
        Msg::Save,
        Msg::Cancel,
        Msg::AssessmentName,
        Msg::DetailsHeading,
        Msg::Evidence,
        Msg::GapPlan,
        Msg::Filter,
        Msg::View,
        Msg::ViewChecklist,
        Msg::ViewSummary,
        Msg::Sections,
        Msg::NothingToShow,
        Msg::SummarySections,
        Msg::SummaryActionPlan,
        Msg::SummaryNotApplicable,
        Msg::NoGaps,
        Msg::NoNotApplicable,
        Msg::ColSection,
        Msg::ColItem,
        Msg::ColStatus,
        Msg::ColAnswered,
        Msg::ColGaps,
        Msg::ColOwner,
        Msg::ColDue,
        Msg::ColReason,
        Msg::Unassigned,
        Msg::Acknowledge,
        Msg::Fingerprint,
        Msg::SheetSummary,
        Msg::SheetItems,
        Msg::SheetShipments,
        Msg::ExportShipment,
        Msg::AllAnswers,
        Msg::NotAnswered,
        Msg::ToInvestigate,
        Msg::ExportAs,
        Msg::Import,
        Msg::ImportSetDiffers,
        Msg::ImportAsNew,
        Msg::ImportReplace,
        Msg::ImportedName,
        Msg::Register,
        Msg::NewShipment,
        Msg::BackToRegister,
        Msg::RemoveShipment,
        Msg::ShipmentRecord,
        Msg::ModeLabel,
        Msg::Unknown,
        Msg::CategoryLabel,
        Msg::TransitLabel,
        Msg::DocumentsHeading,
        Msg::Indicators,
        Msg::CheckPresent,
        Msg::CheckNotPresent,
        Msg::CheckNotChecked,
        Msg::FindingHeading,
        Msg::NotApproval,
        Msg::DrivenBy,
        Msg::QuestionsToAsk,
        Msg::ContextNoted,
        Msg::OverridingRiskFound,
        Msg::FilterByFinding,
        Msg::AllFindings,
        Msg::SortBy,
        Msg::SortAdded,
        Msg::StepDone,
        Msg::StepLocked,
        Msg::MitigationQuestion,
        Msg::OverridingQuestion,
        Msg::Yes,
        Msg::No,
        Msg::BatchImport,
        Msg::BatchTemplate,
        Msg::BatchMapping,
        Msg::BatchIgnore,
        Msg::BatchScreen,
        Msg::BatchReading,
        Msg::BatchDelimiter,
        Msg::TechnicalDetails,
        Msg::TryAgain,
        Msg::PartLoading,
        Msg::PartUnavailable,
        Msg::ReferenceLists,
        Msg::ListAddEntry,
        Msg::ListEntryName,
        Msg::ListEntryAliases,
        Msg::ListsChanged,
        Msg::ImportRegister,
        Msg::ChangedInAnotherTab,
        Msg::StorageUnavailable,
        Msg::StorageFull,
        Msg::TranslationForReview,
    ]
}

/// Words spelled the same in English and in that language (checked one by one).
const COGNATES: &[(Lang, &str)] = &[
    (Lang::Fr, "Note"),
    (Lang::Fr, "Modules"),
    (Lang::Fr, "Sources"),
    (Lang::Fr, "Sections"),
    (Lang::Fr, "Section"),
    (Lang::Fr, "Question"),
    (Lang::Fr, "Organisation"),
    (Lang::Fr, "Document"),
    (Lang::Fr, "section {id}"),
    (Lang::Fr, "Multimodal"),
    (Lang::Fr, "Date"),
    (Lang::Es, "No"),
    (Lang::Es, "Multimodal"),
    (Lang::Es, "{title} — {parts}. Total: {total}."),
    (Lang::Es, "{title} — Total: {total}."),
];

/// Labels that are the same in every language on purpose (names of formats, codes).
fn same_everywhere(english: &str) -> bool {
    [
        "JSON", "CSV", "XLSX", "HTML", "Markdown", "SHA-256", "Excel",
    ]
    .iter()
    .any(|w| english.contains(w))
        && english.split_whitespace().count() <= 3
}

#[test]
fn every_language_translates_every_plain_label() {
    let messages = plain_messages();
    assert!(messages.len() >= 100, "{} messages", messages.len());
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
        let untranslated: Vec<String> = messages
            .iter()
            .filter_map(|m| {
                let (en, other) = (text(Lang::En, m), text(lang, m));
                assert!(!other.trim().is_empty(), "{lang:?}: {m:?} is empty");
                (en == other && !same_everywhere(&en) && !COGNATES.contains(&(lang, en.as_str())))
                    .then(|| format!("{m:?}: {en}"))
            })
            .collect();
        assert!(
            untranslated.is_empty(),
            "{lang:?} shows English for {untranslated:#?}"
        );
    }
}

/// Keys whose text is the same in every language on purpose: units, signs, list names, codes.
fn same_by_design(key: &str) -> bool {
    key.starts_with("unit.")
        || key.starts_with("separator.")
        || key.ends_with(".separator")
        || key.ends_with(".short")
        || key == "number.decimal"
        || key.starts_with("encoding.utf")
}

#[test]
fn every_table_translates_every_text_of_the_english_table() {
    // A plural key's form every language has.
    let plain = |t: &Table, k: Key| t.template(k, Category::Other).to_owned();
    let en = Table::of(Lang::En);
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
        let table = Table::of(lang);
        let untranslated: Vec<String> = Key::ALL
            .iter()
            .filter(|k| !same_by_design(k.name()))
            .filter_map(|&k| {
                let (english, other) = (plain(en, k), plain(table, k));
                assert!(
                    !other.trim().is_empty(),
                    "{lang:?}: `{}` is empty",
                    k.name()
                );
                let words: String = english
                    .split('{')
                    .map(|p| p.split_once('}').map_or(p, |(_, rest)| rest))
                    .collect();
                let has_words = words.chars().any(char::is_alphabetic);
                (english == other
                    && has_words
                    && !same_everywhere(&english)
                    && !COGNATES.contains(&(lang, english.as_str())))
                .then(|| format!("{}: {english}", k.name()))
            })
            .collect();
        assert!(
            untranslated.is_empty(),
            "{lang:?} shows English for {untranslated:#?}"
        );
    }
}

#[test]
fn every_status_label_is_translated_and_tells_the_answers_apart() {
    use att_diligence::core::assessment::Status;
    for lang in Lang::ALL {
        let labels: Vec<String> = Status::ALL
            .iter()
            .map(|&s| text(lang, &Msg::StatusLabel(s)))
            .collect();
        for (i, label) in labels.iter().enumerate() {
            assert!(!label.trim().is_empty(), "{lang:?}: {:?}", Status::ALL[i]);
            assert!(
                !labels[..i].contains(label),
                "{lang:?}: two radios read {label:?}"
            );
            if lang != Lang::En {
                assert_ne!(
                    label,
                    &text(Lang::En, &Msg::StatusLabel(Status::ALL[i])),
                    "{lang:?} shows English"
                );
            }
        }
        assert_ne!(
            text(lang, &Msg::StatusLabel(Status::Unsure)),
            text(lang, &Msg::ToInvestigate),
            "{lang:?}: the answer and the summary's label are different words"
        );
    }
}

#[test]
fn each_language_is_written_in_its_own_script() {
    let title = |l| text(l, &Msg::AppTitle);
    let in_range = |s: String, lo: char, hi: char| s.chars().any(|c| (lo..=hi).contains(&c));
    assert!(in_range(title(Lang::Zh), '\u{4e00}', '\u{9fff}'), "Chinese");
    assert!(in_range(title(Lang::Ar), '\u{0600}', '\u{06ff}'), "Arabic");
    assert!(in_range(title(Lang::Ru), '\u{0400}', '\u{04ff}'), "Russian");
    assert_ne!(title(Lang::Fr), title(Lang::Es));
    assert_eq!(Lang::Ar.dir(), "rtl");
    assert!(Lang::ALL
        .iter()
        .filter(|l| l.dir() == "rtl")
        .eq([Lang::Ar].iter()));
}
