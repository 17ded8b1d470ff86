//! One list text, several names: "a.k.a." and "f.k.a." fragments, and vessels' former names
//! ("OCEAN STAR (ex-SEA DRAGON)" is both "OCEAN STAR" and "SEA DRAGON").

/// A name found in a list's text (or a query).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    pub text: String,
    pub how: Found,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// The text itself, less its fragments.
    Whole,
    /// After "a.k.a.", "a/k/a" or "also known as".
    Alias,
    /// After "f.k.a.", "n.k.a.", "formerly" or "ex-": a former name.
    Former,
}

/// Markers, lower case, the longer first where one starts another.
const MARKERS: &[(&str, Found)] = &[
    ("formerly known as", Found::Former),
    ("also known as", Found::Alias),
    ("formerly", Found::Former),
    ("a.k.a.", Found::Alias),
    ("a.k.a", Found::Alias),
    ("a/k/a", Found::Alias),
    ("f.k.a.", Found::Former),
    ("f.k.a", Found::Former),
    ("f/k/a", Found::Former),
    ("n.k.a.", Found::Former),
    ("n.k.a", Found::Former),
    ("ex-", Found::Former),
];

/// The names in one text: the text less its fragments first (if anything is left), then each
/// fragment. A text with no marker is one name, unchanged.
pub fn split_names(text: &str) -> Vec<Variant> {
    let mut main = String::with_capacity(text.len());
    let mut fragments = Vec::new();
    // A bracketed group that starts with a marker ("(ex-SEA DRAGON)", "(a.k.a. X)") is a
    // fragment; the text after it still belongs to the name.
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let inner = &rest[open + 1..];
        let close = inner.find(')').unwrap_or(inner.len());
        let group = inner[..close].trim_start();
        // "(ex SEA DRAGON)": inside brackets "ex" needs no hyphen.
        let group = match group.get(..3) {
            Some(ex) if ex.eq_ignore_ascii_case("ex ") => format!("ex-{}", group[3..].trim_start()),
            _ => group.to_owned(),
        };
        if marker_at(&group, 0).is_some() {
            main.push_str(&rest[..open]);
            split_at_markers(&group, true, &mut fragments);
        } else {
            main.push_str(&rest[..=open]);
            main.push_str(&inner[..close]);
            if close < inner.len() {
                main.push(')');
            }
        }
        rest = inner.get(close + 1..).unwrap_or("");
    }
    main.push_str(rest);
    let head = split_at_markers(&main, false, &mut fragments);
    let mut out = Vec::with_capacity(1 + fragments.len());
    let head = clean(&head);
    if !head.is_empty() {
        out.push(Variant {
            text: head,
            how: Found::Whole,
        });
    }
    out.extend(fragments);
    if out.is_empty() {
        out.push(Variant {
            text: text.trim().to_owned(),
            how: Found::Whole,
        });
    }
    out
}

/// Splits `text` at its markers, pushes each fragment, returns the text before the first. A
/// marker opening the text counts only inside a group: "Ex-Im Bank" is a name.
fn split_at_markers(text: &str, in_group: bool, out: &mut Vec<Variant>) -> String {
    let mut cuts = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((i, _)) = iter.next() {
        if i == 0 && !in_group {
            continue;
        }
        if let Some((len, how)) = marker_at(text, i) {
            cuts.push((i, len, how));
            while iter.peek().is_some_and(|&(j, _)| j < i + len) {
                iter.next();
            }
        }
    }
    let head_end = cuts.first().map_or(text.len(), |c| c.0);
    for (n, &(at, len, how)) in cuts.iter().enumerate() {
        let end = cuts.get(n + 1).map_or(text.len(), |c| c.0);
        let fragment = clean(&text[at + len..end]);
        if !fragment.is_empty() {
            out.push(Variant {
                text: fragment,
                how,
            });
        }
    }
    text[..head_end].to_owned()
}

/// The marker starting at byte `i`, if one does at a word's start: its length and kind.
fn marker_at(text: &str, i: usize) -> Option<(usize, Found)> {
    let before = text[..i].chars().next_back();
    if before.is_some_and(char::is_alphanumeric) {
        return None;
    }
    MARKERS.iter().find_map(|&(m, how)| {
        let candidate = text.get(i..i + m.len())?;
        let after = text[i + m.len()..].chars().next();
        // A word marker ends its word ("formerly", not "formerlyx"); "ex-" runs into a name.
        let ends = if m == "ex-" {
            after.is_some_and(char::is_alphanumeric)
        } else if m.ends_with(char::is_alphabetic) {
            !after.is_some_and(char::is_alphanumeric)
        } else {
            true
        };
        (candidate.eq_ignore_ascii_case(m) && ends).then_some((m.len(), how))
    })
}

/// A fragment without the punctuation around it (a dot stays: "CO.", "S.A." are shown as
/// written); brackets left unbalanced dropped.
fn clean(text: &str) -> String {
    let trim: &[char] = &[
        '(', ')', '[', ']', '\'', '"', '‘', '’', '“', '”', ',', ';', ':',
    ];
    let mut s = text
        .trim_matches(|c: char| c.is_whitespace() || trim.contains(&c))
        .to_owned();
    if s.matches('(').count() != s.matches(')').count() {
        s.retain(|c| c != '(' && c != ')');
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
