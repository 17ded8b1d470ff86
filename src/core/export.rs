//! What a user takes away: file names, and (for now) the assessment's saved form as the JSON
//! export. Richer formats and a fingerprint come with the export work (issue 6).

use super::assessment::Assessment;
use super::saved;

/// A file name from user text: letters and digits kept (any script), anything else as `-`.
pub fn file_stem(name: &str) -> String {
    let mut stem = String::new();
    for c in name.chars() {
        let c = if c.is_alphanumeric() { c } else { '-' };
        if !(c == '-' && (stem.is_empty() || stem.ends_with('-'))) {
            stem.push(c);
        }
    }
    let stem: String = stem.trim_end_matches('-').chars().take(60).collect();
    if stem.is_empty() {
        "assessment".to_owned()
    } else {
        stem
    }
}

/// The JSON export of an assessment: its versioned saved form, which `saved::decode` reads.
pub fn assessment_json(a: &Assessment) -> String {
    saved::encode(a)
}

#[cfg(test)]
mod tests {
    use super::file_stem;

    #[test]
    fn file_names_keep_words_and_drop_everything_else() {
        for (name, stem) in [
            ("FY 2026 / Land", "FY-2026-Land"),
            ("  ../../etc/passwd", "etc-passwd"),
            ("海上 评估", "海上-评估"),
            ("<script>", "script"),
            ("", "assessment"),
            ("***", "assessment"),
        ] {
            assert_eq!(file_stem(name), stem, "{name:?}");
        }
    }
}
