//! When an edit to an assessment is written: at once, or once typing pauses. Encoding and
//! writing a small assessment takes well under a millisecond, so it is written at every
//! keystroke; a long one (a megabyte of notes) would make typing lag, so typing in it is
//! written once the user pauses.

use super::assessment::{Assessment, DetailField, Field};

/// Up to this much text an assessment is saved at every keystroke.
pub const SAVE_AT_ONCE_BYTES: usize = 64 * 1024;

/// The text an assessment holds (its answers' fields and its details), in bytes.
pub fn text_bytes(a: &Assessment) -> usize {
    let answers: usize = a
        .responses
        .values()
        .map(|r| Field::ALL.iter().map(|f| f.get(r).len()).sum::<usize>())
        .sum();
    answers
        + DetailField::ALL
            .iter()
            .map(|f| f.get(&a.details).len())
            .sum::<usize>()
}

/// Whether the save after an edit waits for typing to pause: only while typing (`typing`), and
/// only in an assessment holding more than `SAVE_AT_ONCE_BYTES` of text.
pub fn waits_for_pause(a: &Assessment, typing: bool) -> bool {
    typing && text_bytes(a) > SAVE_AT_ONCE_BYTES
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::assessment::Action;

    fn with_note(bytes: usize) -> Assessment {
        let mut a = Assessment::blank("set".into(), "1".to_owned());
        a.apply(Action::SetText("q1".into(), Field::Note, "x".repeat(bytes)));
        a
    }

    #[test]
    fn counts_every_answer_field_and_the_details() {
        let mut a = with_note(3);
        a.apply(Action::SetText("q2".into(), Field::Owner, "ab".to_owned()));
        a.apply(Action::SetText(
            "q2".into(),
            Field::EvidenceDocument,
            "c".to_owned(),
        ));
        a.apply(Action::SetDetail(DetailField::Scope, "défi".to_owned()));
        // "défi" is five bytes in UTF-8: bytes are what storage writes.
        assert_eq!(text_bytes(&a), 3 + 2 + 1 + 5);
    }

    #[test]
    fn typing_in_a_long_assessment_waits_for_a_pause() {
        let long = with_note(SAVE_AT_ONCE_BYTES + 1);
        assert!(waits_for_pause(&long, true));
        // A click (a status, a rename) is saved at once however long the assessment.
        assert!(!waits_for_pause(&long, false));
    }

    #[test]
    fn typing_up_to_the_limit_is_saved_at_once() {
        assert!(!waits_for_pause(&with_note(SAVE_AT_ONCE_BYTES), true));
        assert!(!waits_for_pause(&with_note(0), true));
    }
}
