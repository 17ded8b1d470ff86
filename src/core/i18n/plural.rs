//! CLDR plural categories for whole numbers, written out for the six languages (no CLDR data in
//! the wasm). No crate paths: `build.rs` includes this file beside `check.rs`.

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Zero,
        Category::One,
        Category::Two,
        Category::Few,
        Category::Many,
        Category::Other,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }

    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The slot of this category in a table's plural forms.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The categories a language's plural forms must give (CLDR's list for the language), or
/// `None` for a language this widget does not know.
pub fn categories(lang: &str) -> Option<&'static [Category]> {
    use Category::*;
    Some(match lang {
        "en" => &[One, Other],
        "fr" | "es" => &[One, Many, Other],
        "ru" => &[One, Few, Many, Other],
        "ar" => &[Zero, One, Two, Few, Many, Other],
        "zh" => &[Other],
        _ => return None,
    })
}

/// The category a whole number `n` takes in `lang` (CLDR's integer rules; `v = 0`).
pub fn select(lang: &str, n: u64) -> Category {
    use Category::*;
    let (units, tens) = (n % 10, n % 100);
    match lang {
        "en" => match n {
            1 => One,
            _ => Other,
        },
        // fr: i = 0,1 is one; a non-zero multiple of a million is many ("1 000 000 de …").
        "fr" if n <= 1 => One,
        "es" if n == 1 => One,
        "fr" | "es" if n != 0 && n.is_multiple_of(1_000_000) => Many,
        "fr" | "es" => Other,
        "ru" if units == 1 && tens != 11 => One,
        "ru" if (2..=4).contains(&units) && !(12..=14).contains(&tens) => Few,
        // Every other whole number; "other" is for fractions.
        "ru" => Many,
        "ar" => match n {
            0 => Zero,
            1 => One,
            2 => Two,
            _ if (3..=10).contains(&tens) => Few,
            _ if (11..=99).contains(&tens) => Many,
            _ => Other,
        },
        _ => Other,
    }
}

#[cfg(test)]
mod tests {
    use super::{categories, select, Category::*};

    fn check(lang: &str, cases: &[(u64, super::Category)]) {
        for &(n, want) in cases {
            assert_eq!(select(lang, n), want, "{lang} {n}");
            assert!(
                categories(lang).unwrap_or(&[]).contains(&want),
                "{lang} {n}"
            );
        }
    }

    #[test]
    fn arabic_takes_all_six_categories_at_their_edges() {
        check(
            "ar",
            &[
                (0, Zero),
                (1, One),
                (2, Two),
                (3, Few),
                (10, Few),
                (11, Many),
                (99, Many),
                (100, Other),
                (101, Other),
                (102, Other),
                (103, Few),
                (111, Many),
            ],
        );
    }

    #[test]
    fn russian_follows_the_last_digits() {
        check(
            "ru",
            &[
                (1, One),
                (2, Few),
                (5, Many),
                (11, Many),
                (12, Many),
                (21, One),
                (22, Few),
                (25, Many),
                (111, Many),
                (0, Many),
            ],
        );
    }

    #[test]
    fn french_counts_zero_as_one_and_millions_as_many() {
        check(
            "fr",
            &[
                (0, One),
                (1, One),
                (2, Other),
                (1_000_000, Many),
                (1_000_001, Other),
            ],
        );
        check("es", &[(0, Other), (1, One), (2, Other), (2_000_000, Many)]);
        check(
            "en",
            &[(0, Other), (1, One), (2, Other), (1_000_000, Other)],
        );
        check("zh", &[(0, Other), (1, Other), (2, Other)]);
    }
}
