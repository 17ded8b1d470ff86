//! Names made comparable: case, accents, punctuation, scripts transliterated to Latin (the
//! original kept beside it), legal-form words set apart as noise, and tokens.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The writing system of a name's letters that are not Latin (accented Latin counts as Latin).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    Cyrillic,
    Arabic,
    Greek,
    Hebrew,
    /// Chinese characters and Japanese kana.
    Cjk,
    Hangul,
    Other,
}

/// One name made comparable.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Normalised {
    /// The tokens scored, in Latin letters, lower case, legal forms dropped.
    pub tokens: Vec<String>,
    /// The legal-form words dropped from `tokens` (noise: shown, never scored).
    pub noise: Vec<String>,
    /// The name in its own script, when that is not Latin: matched only against a query in the
    /// same script (transliteration loses what the original keeps, e.g. Arabic letters).
    pub original: Option<Original>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Original {
    pub script: Script,
    pub tokens: Vec<String>,
}

/// Normalises one name (one alias; split a list's text with [`split_names`] first).
pub fn normalise(name: &str) -> Normalised {
    let forms = legal_forms();
    let (tokens, noise) = strip_forms(latin_tokens(name), &forms.latin);
    let tokens = join_compounds(tokens.into_iter().map(article).collect());
    let original = script_of(name).map(|script| {
        let mut raw = original_tokens(name);
        if matches!(script, Script::Cjk | Script::Hangul) {
            raw = raw
                .into_iter()
                .map(|t| cut_suffixes(t, &forms.cjk_suffixes))
                .collect();
        }
        Original {
            script,
            tokens: strip_forms(raw, &forms.original).0,
        }
    });
    Normalised {
        tokens,
        noise,
        original,
    }
}

/// The Latin tokens of a text: transliterated, lower case, accents gone, apostrophes dropped
/// ("Rifa'i" = "rifai"), dotted abbreviations joined ("S.A." = "sa", "M.E.N.A." = "mena"),
/// "&" read as "and", every other mark and hyphen a space.
pub fn latin_tokens(text: &str) -> Vec<String> {
    let mut latin = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            latin.push(c);
        } else if let Some(s) = cyrillic_bgn(c) {
            latin.push_str(s);
        } else if let Some(s) = deunicode::deunicode_char(c) {
            // A Chinese character or Hangul syllable is a syllable of its own: spaced, so
            // "長安" reads "chang an" like the list's Latin spelling.
            if matches!(block(c), Some(Script::Cjk | Script::Hangul)) {
                latin.push(' ');
                latin.push_str(s.trim());
                latin.push(' ');
            } else {
                latin.push_str(s);
            }
        }
    }
    let chars: Vec<char> = latin.to_ascii_lowercase().chars().collect();
    let mut out = String::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let word_start = i == 0 || !chars[i - 1].is_ascii_alphanumeric();
        if word_start {
            if let Some((letters, next)) = dotted(&chars, i) {
                out.push_str(&letters);
                i = next;
                continue;
            }
        }
        match c {
            '\'' | '`' => {}
            '&' => out.push_str(" and "),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ => out.push(' '),
        }
        i += 1;
    }
    out.split_whitespace().map(str::to_owned).collect()
}

/// Single letters each followed by a dot ("s.a.", "l.l.c", "s.p.a."): the letters joined and
/// where the run ends; `None` unless there are two letters or more.
fn dotted(chars: &[char], start: usize) -> Option<(String, usize)> {
    let mut letters = String::new();
    let mut j = start;
    while j < chars.len() && chars[j].is_ascii_alphabetic() {
        let next = chars.get(j + 1).copied();
        if next.is_some_and(|n| n.is_ascii_alphanumeric()) {
            break;
        }
        letters.push(chars[j]);
        if next == Some('.') {
            j += 2;
        } else {
            j += 1;
            break;
        }
    }
    (letters.len() >= 2).then_some((letters, j))
}

/// BGN/PCGN letters where deunicode writes "i" ("Юсуф" = "yusuf", not "iusuf"), as the
/// UN and OFAC lists romanise Russian, Ukrainian and Belarusian names.
fn cyrillic_bgn(c: char) -> Option<&'static str> {
    Some(match c {
        'й' | 'Й' => "y",
        'я' | 'Я' => "ya",
        'ю' | 'Ю' => "yu",
        'ё' | 'Ё' => "yo",
        'є' | 'Є' => "ye",
        'ї' | 'Ї' => "yi",
        'ь' | 'Ь' | 'ъ' | 'Ъ' => "",
        _ => return None,
    })
}

/// The script of a text's first letter that is not Latin; `None` for a Latin name.
pub fn script_of(text: &str) -> Option<Script> {
    text.chars().filter(|c| c.is_alphabetic()).find_map(block)
}

fn block(c: char) -> Option<Script> {
    Some(match c as u32 {
        0..=0x2AF | 0x1E00..=0x1EFF => return None,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F => Script::Cyrillic,
        0x590..=0x5FF | 0xFB1D..=0xFB4F => Script::Hebrew,
        0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Script::Arabic
        }
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => Script::Cjk,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
        _ => Script::Other,
    })
}

/// Tokens in the name's own script: lower case, marks and apostrophes dropped, the Arabic
/// letters Persian and Urdu write differently folded to one ("ی" = "ي", "ک" = "ك").
fn original_tokens(text: &str) -> Vec<String> {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c as u32 {
            // Combining accents, Hebrew points, Arabic harakat and tatweel: not letters.
            0x300..=0x36F | 0x591..=0x5C7 | 0x610..=0x61A | 0x640 | 0x64B..=0x65F | 0x670 => {}
            0x6D6..=0x6ED => {}
            _ => match c {
                '\'' | '`' | '’' | '‘' | 'ʼ' | 'ʻ' => {}
                'ی' | 'ى' => out.push('ي'),
                'ک' => out.push('ك'),
                'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
                'ة' => out.push('ه'),
                'ё' => out.push('е'),
                c if c.is_alphanumeric() => out.push(c),
                _ => out.push(' '),
            },
        }
    }
    out.split_whitespace().map(str::to_owned).collect()
}

/// Drops every legal form found (the longest first where two start at one token). A name that
/// is nothing but legal-form words keeps them: "Limited" is a query, not an empty one.
fn strip_forms(tokens: Vec<String>, forms: &Forms) -> (Vec<String>, Vec<String>) {
    let mut kept = Vec::with_capacity(tokens.len());
    let mut noise = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let found = forms
            .get(tokens[i].as_str())
            .and_then(|candidates| candidates.iter().find(|f| tokens[i..].starts_with(f)));
        match found {
            Some(form) => {
                noise.extend_from_slice(&tokens[i..i + form.len()]);
                i += form.len();
            }
            None => {
                kept.push(tokens[i].clone());
                i += 1;
            }
        }
    }
    if kept.is_empty() {
        return (tokens, Vec::new());
    }
    (kept, noise)
}

/// The Arabic article as "al", however transliterated ("el-Sayed", "Jama'at ul Dawa").
fn article(token: String) -> String {
    match token.as_str() {
        "el" | "ul" => "al".to_owned(),
        _ => token,
    }
}

/// Arabic compound names written as one token: "Abd al-Latif", "Abdul Latif" and
/// "Abdullatif" are one name (and so are "Abu Bakar" and "Abubakar"), however a list or a
/// user spaces them. "abd"/"abdul"/"abdel"... with an article and the next word, or "abu"/"abou"
/// with the next word, are run together.
fn join_compounds(tokens: Vec<String>) -> Vec<String> {
    const ABD: &[&str] = &[
        "abd", "abdel", "abdal", "abdul", "abdol", "abdu", "abdur", "abdus",
    ];
    const ABU: &[&str] = &["abu", "abou", "abo"];
    const ARTICLE: &[&str] = &[
        "al", "el", "ul", "ur", "ar", "as", "ad", "an", "at", "ed", "es",
    ];
    if tokens.len() < 2 {
        return tokens;
    }
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i].as_str();
        let rest = tokens.len() - i - 1;
        let take = if ABD.contains(&t) || ABU.contains(&t) {
            let article = tokens
                .get(i + 1)
                .is_some_and(|n| ARTICLE.contains(&n.as_str()));
            if article && rest >= 2 {
                3
            } else {
                rest.min(1) + 1
            }
        } else {
            1
        };
        out.push(tokens[i..i + take].concat());
        i += take;
    }
    out
}

fn cut_suffixes(token: String, suffixes: &[String]) -> String {
    for s in suffixes {
        if let Some(stem) = token.strip_suffix(s.as_str()) {
            if !stem.is_empty() {
                return stem.to_owned();
            }
        }
    }
    token
}

/// Legal forms by their first token, each candidate's tokens, the longest first.
type Forms = HashMap<String, Vec<Vec<String>>>;

struct LegalForms {
    latin: Forms,
    original: Forms,
    /// Chinese, Japanese and Korean forms, the longest first, cut from the end of a word.
    cjk_suffixes: Vec<String>,
}

fn legal_forms() -> &'static LegalForms {
    static FORMS: OnceLock<LegalForms> = OnceLock::new();
    FORMS.get_or_init(|| {
        let lines = include_str!("legal_forms.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        let mut latin = Forms::new();
        let mut original = Forms::new();
        let mut cjk_suffixes = Vec::new();
        for line in lines {
            add_form(&mut latin, latin_tokens(line));
            match script_of(line) {
                Some(Script::Cjk | Script::Hangul) => cjk_suffixes.push(line.to_owned()),
                Some(_) => add_form(&mut original, original_tokens(line)),
                None => {}
            }
        }
        for forms in [&mut latin, &mut original] {
            for candidates in forms.values_mut() {
                candidates.sort_by_key(|f| std::cmp::Reverse(f.len()));
            }
        }
        cjk_suffixes.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
        LegalForms {
            latin,
            original,
            cjk_suffixes,
        }
    })
}

fn add_form(forms: &mut Forms, tokens: Vec<String>) {
    if let Some(first) = tokens.first() {
        let candidates = forms.entry(first.clone()).or_default();
        if !candidates.contains(&tokens) {
            candidates.push(tokens);
        }
    }
}
