//! Cutting text to what a spreadsheet cell holds, and remembering whose was cut. Its own
//! module, so that `i18n`, which words a cut, does not depend on the workbook builder
//! (`sheet`), which takes its text from `i18n`.

use super::assessment::{DetailField, Field};
use super::question_set::ItemId;
use super::register::TextField;

/// The most an Excel cell holds, in UTF-16 code units (what Excel counts: an emoji is two).
pub const CELL_MAX_UTF16: usize = 32_767;

/// Ends a cut cell (counted in the limit): the editorial mark for omitted text, read the same
/// way in every language the widget speaks.
pub const CUT_MARK: &str = " […]";

/// A text cut to fit a cell: whose it was and which field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cut {
    pub whose: Whose,
    pub field: CutField,
}

/// Whose text a cut cell held. Labels are in the export's language, shortened for a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Whose {
    /// The assessment itself (its name, its details).
    Assessment,
    /// The question set (a custom set's title).
    Set,
    /// A section, by its title.
    Section(String),
    /// An item, by its question.
    Item { id: ItemId, question: String },
    /// A shipment, by its reference.
    Shipment(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CutField {
    Name,
    /// A set's, section's or item's own text (its title, its question).
    Title,
    Detail(DetailField),
    Answer(Field),
    Shipment(TextField),
    Transit,
    /// A shipment's party screening (its lists, its possible matches and their decisions).
    Parties,
}

/// `text` cut to at most `max` UTF-16 code units, `CUT_MARK` included; `None` when it fits.
/// The cut falls between characters, so never inside a surrogate pair, and never between a
/// character and the marks that complete it (accents, joiners, variation selectors, skin
/// tones, the second half of a flag): what is kept ends with a whole character.
pub fn cut_to_utf16(text: &str, max: usize) -> Option<String> {
    // UTF-8 never takes fewer bytes than UTF-16 takes units: most cells need no count.
    if text.len() <= max || text.encode_utf16().count() <= max {
        return None;
    }
    let budget = max.saturating_sub(CUT_MARK.encode_utf16().count());
    let (mut end, mut used) = (0, 0);
    for (i, c) in text.char_indices() {
        used += c.len_utf16();
        if used > budget {
            break;
        }
        end = i + c.len_utf8();
    }
    let mut kept = &text[..end];
    while let Some(last) = kept.chars().next_back() {
        let next = text[kept.len()..].chars().next();
        let splits = next.is_some_and(extends)
            || last == '\u{200d}'
            || (next.is_some_and(regional)
                && kept.chars().rev().take_while(|&c| regional(c)).count() % 2 == 1);
        if !splits {
            break;
        }
        kept = &kept[..kept.len() - last.len_utf8()];
    }
    Some(format!("{kept}{CUT_MARK}"))
}

/// A character that belongs with the one before it: combining marks of the scripts the widget
/// is written in and the general blocks, joiners, variation selectors, emoji modifiers and
/// tags. (An approximation of grapheme clusters, without a Unicode table in the wasm.)
fn extends(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036f}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05c7}'
        | '\u{0610}'..='\u{061a}' | '\u{064b}'..='\u{065f}' | '\u{0670}'
        | '\u{06d6}'..='\u{06dc}' | '\u{06df}'..='\u{06e4}' | '\u{06e7}'..='\u{06e8}'
        | '\u{06ea}'..='\u{06ed}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}'
        | '\u{200c}'..='\u{200d}' | '\u{20d0}'..='\u{20ff}' | '\u{302a}'..='\u{302f}'
        | '\u{3099}'..='\u{309a}' | '\u{fe00}'..='\u{fe0f}' | '\u{fe20}'..='\u{fe2f}'
        | '\u{1f3fb}'..='\u{1f3ff}' | '\u{e0020}'..='\u{e007f}' | '\u{e0100}'..='\u{e01ef}')
}

/// Half of a flag: flags are pairs of regional indicators.
fn regional(c: char) -> bool {
    ('\u{1f1e6}'..='\u{1f1ff}').contains(&c)
}

/// A label for a message: the start of `text`, on one line.
pub(crate) fn short(text: &str) -> String {
    const MAX_CHARS: usize = 60;
    let line = text.lines().next().unwrap_or_default();
    if text.chars().count() <= MAX_CHARS && line.len() == text.len() {
        return text.to_owned();
    }
    let start: String = line.chars().take(MAX_CHARS - 1).collect();
    format!("{}…", start.trim_end())
}

/// Fits cells to the limit and remembers whose were cut.
#[derive(Default)]
pub(crate) struct Fitter {
    pub(crate) cut: Vec<Cut>,
}

impl Fitter {
    pub(crate) fn cell(
        &mut self,
        text: &str,
        whose: impl FnOnce() -> Whose,
        field: CutField,
    ) -> String {
        match cut_to_utf16(text, CELL_MAX_UTF16) {
            None => text.to_owned(),
            Some(fitted) => {
                self.cut.push(Cut {
                    whose: whose(),
                    field,
                });
                fitted
            }
        }
    }
}
