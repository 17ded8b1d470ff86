//! Folding text for word matching, and finding folded phrases in it as whole words.
//!
//! Offices write the same word many ways: "P.O.Box", "P O Box", "Logística", "LOGISTICA",
//! "а/я", "ص.ب", "شـحـن". [`fold`] brings text and the rules' words to one form: lowercase,
//! Latin letters without their diacritics, Arabic without its vowel marks and tatweel, every
//! run of non-letters one space. A [`Phrase`] is then found at word boundaries, or anywhere
//! when it is in a script written without spaces (Chinese, Japanese, Korean).
//!
//! Hand-written rather than `deunicode` or `unicode-normalization`: this code ships in the
//! wasm bundle, whose size is budgeted (deunicode's tables alone are ~150 KB), and deunicode
//! turns Chinese into pinyin, which would make 物流 match its homophones. The few ranges below
//! cover the languages the rules' words are written in; letters outside them are kept as
//! they are, which only means they must be written the same way in the text and the word.

/// `text` lowercased, with Latin diacritics and Arabic marks removed, and every run of
/// characters that are neither letters nor digits turned into one space (none at the ends).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        // Most text is ASCII: letters and digits as they are, anything else a gap.
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                if gap {
                    out.push(' ');
                    gap = false;
                }
                out.push(c.to_ascii_lowercase());
            } else {
                gap = !out.is_empty();
            }
            continue;
        }
        for c in fullwidth_to_ascii(c).to_lowercase() {
            if is_dropped(c) {
                // A combining breve makes и into й (Cyrillic text in decomposed form); every
                // other combining mark is an accent and goes.
                if c == '\u{306}' && out.ends_with('и') {
                    out.pop();
                    out.push('й');
                }
                continue;
            }
            if !c.is_alphanumeric() {
                gap = !out.is_empty();
                continue;
            }
            if gap {
                out.push(' ');
                gap = false;
            }
            match latin_base(c) {
                Some(base) => out.push_str(base),
                None => out.push(other_base(c)),
            }
        }
    }
    out
}

/// Whether `c` belongs to a script written without spaces between words (Han, Hiragana,
/// Katakana, Hangul): a phrase in it is found anywhere, and it bounds a word of another script.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}' // Hangul Jamo
        | '\u{2E80}'..='\u{2FDF}' // CJK and Kangxi radicals
        | '\u{3005}'..='\u{3007}' // 々 〆 〇
        | '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{3130}'..='\u{318F}' // Hangul compatibility Jamo
        | '\u{31F0}'..='\u{31FF}' // Katakana extension
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{AC00}'..='\u{D7FF}' // Hangul syllables and Jamo extension B
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}' // halfwidth Katakana
        | '\u{20000}'..='\u{3134F}' // CJK extensions B to G
    )
}

/// Fullwidth Latin letters, digits and punctuation (typed with a Chinese or Japanese input
/// method: "ＰＯ　Ｂｏｘ") as their ASCII forms.
fn fullwidth_to_ascii(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// Marks that go without leaving a gap: combining accents (text in decomposed form), Arabic
/// vowel marks and tatweel (the stretching stroke in "شـحـن"), soft hyphens and joiners.
fn is_dropped(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36F}'
        | '\u{64B}'..='\u{65F}'
        | '\u{670}'
        | '\u{640}'
        | '\u{AD}'
        | '\u{200C}'
        | '\u{200D}'
        | '\u{2060}'
        | '\u{FEFF}'
    )
}

/// A lowercase Latin letter with a diacritic, or a ligature, as the plain letters it is
/// written with: é→e, ñ→n, ü→u, ç→c, ø→o, ł→l, đ→d, ß→ss, æ→ae, œ→oe. Latin-1, Latin
/// Extended-A (capitals included: the ranges are simpler whole), the Romanian ș ț, pinyin's
/// ǎ ǐ ǒ ǔ and the PDF ligatures ﬁ ﬂ; Vietnamese precomposed letters are not covered.
fn latin_base(c: char) -> Option<&'static str> {
    Some(match c {
        'à'..='å' | '\u{100}'..='\u{105}' | 'ǎ' => "a",
        'æ' => "ae",
        'ç' | '\u{106}'..='\u{10D}' => "c",
        'ð' | '\u{10E}'..='\u{111}' => "d",
        'è'..='ë' | '\u{112}'..='\u{11B}' => "e",
        '\u{11C}'..='\u{123}' => "g",
        '\u{124}'..='\u{127}' => "h",
        'ì'..='ï' | '\u{128}'..='\u{131}' | 'ǐ' => "i",
        '\u{132}' | '\u{133}' => "ij",
        '\u{134}' | '\u{135}' => "j",
        '\u{136}'..='\u{138}' => "k",
        '\u{139}'..='\u{142}' => "l",
        'ñ' | '\u{143}'..='\u{14B}' => "n",
        'ò'..='ö' | 'ø' | '\u{14C}'..='\u{151}' | 'ǒ' => "o",
        '\u{152}' | '\u{153}' => "oe",
        '\u{154}'..='\u{159}' => "r",
        'ß' => "ss",
        '\u{15A}'..='\u{161}' | '\u{17F}' | 'ș' => "s",
        '\u{162}'..='\u{167}' | 'ț' => "t",
        'þ' => "th",
        'ù'..='ü' | '\u{168}'..='\u{173}' | 'ǔ' | '\u{1D6}'..='\u{1DC}' => "u",
        '\u{174}' | '\u{175}' => "w",
        'ý' | 'ÿ' | '\u{176}'..='\u{178}' => "y",
        '\u{179}'..='\u{17E}' => "z",
        '\u{FB00}' => "ff",
        '\u{FB01}' => "fi",
        '\u{FB02}' => "fl",
        '\u{FB03}' => "ffi",
        '\u{FB04}' => "ffl",
        _ => return None,
    })
}

/// Letters of other scripts written two ways for one word: Cyrillic ё as е (Russian prints
/// both), and Arabic as search engines normalise it (Lucene's ArabicNormalizer): alef with
/// hamza or madda as alef, alef maqsura as ya, ta marbuta as ha, the Persian ya and kaf as
/// the Arabic ones.
fn other_base(c: char) -> char {
    match c {
        'ё' => 'е',
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ی' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        c => c,
    }
}

/// A field's text folded once, with where its words may start, for every phrase to read.
pub struct Folded {
    text: String,
    /// Byte offsets where a word may start: after a space, at and after a CJK character, where
    /// letters and digits meet.
    starts: Vec<usize>,
}

impl Folded {
    pub fn new(raw: &str) -> Self {
        let text = fold(raw);
        let mut starts = Vec::new();
        let mut prev = None;
        for (at, c) in text.char_indices() {
            if c != ' ' && prev.is_none_or(|p| boundary(p, c)) {
                starts.push(at);
            }
            prev = Some(c);
        }
        Self { text, starts }
    }
}

/// A rule's word, folded once and ready to find in folded text.
///
/// `#` in a word stands for a number: "bp #" is in "B.P. 1234" but not in "BP Oil", "#信箱"
/// in "北京市8888信箱" but not in "电子信箱" (an e-mail box).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase(Vec<Piece>);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Number,
}

impl Phrase {
    /// The phrase a word means, or `None` when it has no letters or digits to find (a word
    /// that is only `#` would match every number).
    pub fn new(word: &str) -> Option<Self> {
        let parts: Vec<&str> = word.split('#').collect();
        let mut pieces = Vec::new();
        for (i, part) in parts.iter().enumerate() {
            let text = fold(part);
            if !text.is_empty() {
                pieces.push(Piece::Text(text));
            }
            if i + 1 < parts.len() {
                pieces.push(Piece::Number);
            }
        }
        pieces
            .iter()
            .any(|p| matches!(p, Piece::Text(_)))
            .then_some(Self(pieces))
    }

    /// Whether the phrase occurs in `text` as whole words. A phrase starting or ending in a
    /// CJK script needs no boundary on that side (every CJK character starts a word); a number
    /// ends where its digits do ("Postfach 10 20", "BP 12A").
    pub fn is_in(&self, text: &Folded) -> bool {
        let t = text.text.as_str();
        // Only where words start: a few per field, tried with a cheap prefix comparison,
        // instead of a substring search per phrase (a rule has a hundred of them).
        text.starts.iter().any(|&at| match self.0.first() {
            Some(Piece::Text(first)) => {
                // The first byte alone rules out nearly every start (`at` is inside `t`, and
                // no text piece is empty).
                t.as_bytes()[at] == first.as_bytes()[0]
                    && t[at..].starts_with(first.as_str())
                    && self.rest_at(t, at + first.len(), 1)
            }
            Some(Piece::Number) => t[at..].starts_with(char::is_numeric) && self.rest_at(t, at, 0),
            None => false,
        })
    }

    /// Whether pieces `from..` match `text` at byte `at`, one optional space between pieces.
    fn rest_at(&self, text: &str, mut at: usize, from: usize) -> bool {
        for (k, piece) in self.0.iter().enumerate().skip(from) {
            if k > 0 && text[at..].starts_with(' ') {
                at += 1;
            }
            match piece {
                Piece::Text(t) if text[at..].starts_with(t.as_str()) => at += t.len(),
                Piece::Text(_) => return false,
                Piece::Number => {
                    let digits: usize = text[at..]
                        .chars()
                        .take_while(|c| c.is_numeric())
                        .map(char::len_utf8)
                        .sum();
                    if digits == 0 {
                        return false;
                    }
                    at += digits;
                }
            }
        }
        match self.0.last() {
            Some(Piece::Text(t)) => match (t.chars().next_back(), text[at..].chars().next()) {
                (Some(last), Some(next)) => is_cjk(last) || boundary(last, next),
                _ => true,
            },
            Some(Piece::Number) | None => true,
        }
    }
}

/// Whether two adjacent characters of folded text are in different words: a space between
/// them, a CJK character on either side, or a letter next to a digit ("POBox12").
fn boundary(a: char, b: char) -> bool {
    a == ' ' || b == ' ' || is_cjk(a) || is_cjk(b) || a.is_numeric() != b.is_numeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation_alike() {
        for (text, folded) in [
            ("P.O.Box 12", "p o box 12"),
            ("  P O  Box--99 ", "p o box 99"),
            ("B.P. 1234, Lomé", "b p 1234 lome"),
            ("Ñandú Logística", "nandu logistica"),
            ("Spedition Müller GmbH", "spedition muller gmbh"),
            ("Straße", "strasse"),
            ("Œuvre Æther Øst Łódź Đà", "oeuvre aether ost lodz da"),
            ("SOCIÉTÉ GÉNÉRALE", "societe generale"),
            // Decomposed: e + combining acute.
            ("Socie\u{301}te\u{301}", "societe"),
            ("а/я 12", "а я 12"),
            ("Вооружённых Сил", "вооруженных сил"),
            // Decomposed й stays й, not и.
            ("Абонентски\u{438}\u{306} ящик", "абонентский ящик"),
            ("ص.ب 1234", "ص ب 1234"),
            ("شَـحْـن", "شحن"),
            ("الإمداد", "الامداد"),
            ("上海物流有限公司", "上海物流有限公司"),
            ("上海，物流", "上海 物流"),
            ("ＰＯ　Ｂｏｘ　１２", "po box 12"),
            ("Post O\u{FB03}ce", "post office"),
            ("Logis\u{AD}tics", "logistics"),
            ("", ""),
            ("—/—", ""),
        ] {
            assert_eq!(fold(text), folded, "{text}");
        }
    }

    fn found(word: &str, text: &str) -> bool {
        Phrase::new(word).is_some_and(|p| p.is_in(&Folded::new(text)))
    }

    #[test]
    fn phrases_are_found_as_whole_words() {
        assert!(found("po box", "PO Box 1"));
        assert!(found("p.o. box", "P.O.Box 113, Djibouti"));
        assert!(!found("po box", "Expo Boxing Ltd"), "inside other words");
        assert!(!found("postfach", "Postfachs"));
        assert!(
            found("pobox", "POBox12"),
            "a letter next to a digit is a boundary"
        );
        assert!(found("logística", "ÑANDÚ LOGISTICA"));
        assert!(
            found("а я", "а а я"),
            "an occurrence that overlaps an earlier one"
        );
    }

    #[test]
    fn cjk_phrases_are_found_anywhere_and_bound_latin_words() {
        assert!(found("物流", "上海物流有限公司"));
        assert!(found("logistics", "上海logistics有限公司"));
        assert!(!found("货运代理", "货运公司"));
    }

    #[test]
    fn a_hash_stands_for_a_number() {
        assert!(found("b.p. #", "B.P. 1234, Lomé"));
        assert!(
            !found("bp #", "B.P. 1234"),
            "\"B.P.\" is two letters, \"BP\" one word"
        );
        assert!(found("bp #", "BP1234"));
        assert!(found("bp #", "BP 12A"));
        assert!(!found("bp #", "BP Oil"));
        assert!(!found("bp #", "Abp 12"));
        assert!(found("а/я #", "а/я12"));
        assert!(found("а/я #", "А/Я 12, Москва"));
        assert!(!found("а/я #", "Петров А.Я."));
        assert!(found("#信箱", "北京市8888信箱"));
        assert!(found("#信箱", "北京市 8888 信箱"));
        assert!(!found("#信箱", "电子信箱"));
        assert!(found("ص.ب #", "ص.ب ١٢٣٤"), "Arabic-Indic digits are digits");
    }

    #[test]
    fn a_word_with_nothing_to_find_is_no_phrase() {
        assert_eq!(Phrase::new(""), None);
        assert_eq!(Phrase::new("#"), None);
        assert_eq!(Phrase::new("—"), None);
    }
}
