//! The name matcher as a screening user relies on it: names normalised (accents, punctuation,
//! legal forms, scripts, "ex-" names), scored in any word order and through spelling
//! variants, unrelated names kept apart, identifiers first, the index finding what a full scan
//! finds, and the evaluation set's recall and false-positive rate held to their floors.

#[path = "eval/set.rs"]
mod set;

use att_lists::matching::{
    normalise, score, soundex, split_names, Basis, Found, IdKind, Index, Match, Script,
    DEFAULT_THRESHOLD,
};
use att_lists::{formats, Entry, Identifier, List, Name, NameKind, PartyKind, Source};

// ---- building lists by hand -------------------------------------------------------------

fn entry(reference: &str, kind: PartyKind, names: &[(&str, NameKind)]) -> Entry {
    Entry {
        reference: reference.into(),
        kind,
        names: names
            .iter()
            .map(|&(t, k)| Name {
                text: t.into(),
                kind: k,
            })
            .collect(),
        programmes: Vec::new(),
        listed_on: None,
        identifiers: Vec::new(),
        countries: Vec::new(),
        sub_list: None,
        linked_to: Vec::new(),
    }
}

fn with_ids(mut e: Entry, ids: &[(&str, &str)]) -> Entry {
    e.identifiers = ids
        .iter()
        .map(|&(k, v)| Identifier {
            kind: k.into(),
            value: v.into(),
        })
        .collect();
    e
}

fn list(source: Source, entries: Vec<Entry>) -> List {
    List {
        source,
        generated: Some("2026-02-27".into()),
        entries,
    }
}

const PRIMARY: NameKind = NameKind::Primary;
const ALIAS: NameKind = NameKind::Alias { weak: false };

fn tokens(name: &str) -> Vec<String> {
    normalise(name).tokens
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| v.to_string()).collect()
}

fn references(matches: &[Match]) -> Vec<&str> {
    matches.iter().map(|m| m.reference.as_str()).collect()
}

// ---- normalisation ----------------------------------------------------------------------

#[test]
fn accents_case_and_punctuation_are_folded_away() {
    assert_eq!(tokens("IBRAIMA CAMARÁ"), strings(&["ibraima", "camara"]));
    assert_eq!(
        tokens("Forces Démocratiques Alliées"),
        strings(&["forces", "democratiques", "alliees"])
    );
    assert_eq!(
        tokens("AL-TIKRITI, Ibrahim"),
        strings(&["al", "tikriti", "ibrahim"])
    );
    // Apostrophes join, they do not split: "Rifa'i" is one name, as is "Ch'o'l".
    assert_eq!(tokens("MUSA, Rifa'i"), strings(&["musa", "rifai"]));
    assert_eq!(tokens("KIM, Ch’o’l"), strings(&["kim", "chol"]));
    // Dotted abbreviations read as the word they abbreviate.
    assert_eq!(tokens("M.E.N.A. SUGAR"), tokens("MENA Sugar"));
    assert_eq!(
        tokens("CHANG AN SHIPPING & TECHNOLOGY"),
        tokens("Chang An Shipping and Technology")
    );
}

#[test]
fn legal_forms_are_noise_for_scoring_but_kept_aside() {
    let n = normalise("DEHONG THAILONG HOTEL CO., LTD.");
    assert_eq!(n.tokens, strings(&["dehong", "thailong", "hotel"]));
    assert_eq!(n.noise, strings(&["co", "ltd"]));
    for (with_form, bare) in [
        (
            "GOLDEN RESOURCES TRADING COMPANY L.L.C.",
            "Golden Resources Trading",
        ),
        ("Velmur Management Pte. Ltd.", "VELMUR MANAGEMENT"),
        ("Leonardo S.p.A.", "Leonardo"),
        (
            "Agropecuaria Miralindo Sociedad Anónima",
            "AGROPECUARIA MIRALINDO",
        ),
        ("LA FIRMA MIRANDA, S.A. DE C.V.", "La Firma Miranda"),
        (
            "LIMITED LIABILITY COMPANY NON-BANK CREDIT ORGANIZATION",
            "Non-Bank Credit Organization",
        ),
        ("Petronas Sdn Bhd", "PETRONAS"),
        ("Heckler & Koch GmbH", "Heckler and Koch"),
        ("ООО Ромашка", "Romashka"),
        ("PETROTECH FZE", "Petrotech"),
    ] {
        assert_eq!(tokens(with_form), tokens(bare), "{with_form}");
    }
    // A name that is nothing but legal-form words is still a name.
    assert_eq!(tokens("Limited"), strings(&["limited"]));
}

#[test]
fn other_scripts_are_transliterated_and_their_original_kept() {
    let n = normalise("Сергей Владиленович Кириенко");
    assert_eq!(
        n.tokens,
        strings(&["sergey", "vladilenovich", "kiriyenko"])
            .into_iter()
            .map(|t| t.replace("kiriyenko", "kirienko"))
            .collect::<Vec<_>>()
    );
    let original = n.original.expect("a Cyrillic name keeps its original");
    assert_eq!(original.script, Script::Cyrillic);
    assert_eq!(
        original.tokens,
        strings(&["сергей", "владиленович", "кириенко"])
    );
    // BGN/PCGN letters, as the lists romanise: "Лягин" is "lyagin", not "liagin".
    assert_eq!(tokens("Роман Лягин"), strings(&["roman", "lyagin"]));

    let n = normalise("محمد احمدی");
    assert!(
        n.tokens.iter().all(|t| t.is_ascii() && !t.is_empty()),
        "{:?}",
        n.tokens
    );
    assert_eq!(n.tokens.len(), 2);
    let original = n.original.expect("an Arabic name keeps its original");
    assert_eq!(original.script, Script::Arabic);
    // Persian "ی" is folded to Arabic "ي", so either spelling matches the other.
    assert_eq!(original.tokens, strings(&["محمد", "احمدي"]));

    // Chinese: one syllable a token, the legal form cut from the original too.
    let n = normalise("長安海連技術有限公司");
    assert_eq!(
        n.tokens,
        strings(&["chang", "an", "hai", "lian", "ji", "shu"])
    );
    assert_eq!(
        n.original.map(|o| o.tokens),
        Some(strings(&["長安海連技術"]))
    );
    assert_eq!(
        normalise("IBRAIMA CAMARÁ").original,
        None,
        "accented Latin is Latin"
    );
}

#[test]
fn arabic_compound_names_read_alike_however_spaced() {
    assert_eq!(tokens("Abd al-Latif"), tokens("ABD-AL-LATIF"));
    assert_eq!(
        tokens("Abdul Patta Abu Bakar"),
        strings(&["abdulpatta", "abubakar"])
    );
    assert_eq!(tokens("ABD EL KADER"), strings(&["abdalkader"]));
}

#[test]
fn a_text_with_aka_or_ex_names_yields_each_name() {
    let names = |text: &str| -> Vec<(String, Found)> {
        split_names(text)
            .into_iter()
            .map(|v| (v.text, v.how))
            .collect()
    };
    assert_eq!(
        names("OCEAN STAR (ex-SEA DRAGON)"),
        vec![
            ("OCEAN STAR".into(), Found::Whole),
            ("SEA DRAGON".into(), Found::Former)
        ]
    );
    assert_eq!(
        names("OCEAN STAR (ex SEA DRAGON, ex-BLUE WAVE)"),
        vec![
            ("OCEAN STAR".into(), Found::Whole),
            ("SEA DRAGON".into(), Found::Former),
            ("BLUE WAVE".into(), Found::Former)
        ]
    );
    assert_eq!(
        names("AMANA FUEL CO. a.k.a. 'AL AMANA S.A.R.L.'"),
        vec![
            ("AMANA FUEL CO.".into(), Found::Whole),
            ("AL AMANA S.A.R.L.".into(), Found::Alias)
        ]
    );
    assert_eq!(
        names("PROMOTORA LTDA. f.k.a. PROYECTOS LTDA."),
        vec![
            ("PROMOTORA LTDA.".into(), Found::Whole),
            ("PROYECTOS LTDA.".into(), Found::Former)
        ]
    );
    // Brackets that are no fragment stay; a name that starts like a marker is a name.
    assert_eq!(names("SHAHID HEMMAT INDUSTRIAL GROUP (SHIG)").len(), 1);
    assert_eq!(
        names("Ex-Im Trading"),
        vec![("Ex-Im Trading".into(), Found::Whole)]
    );
    assert_eq!(
        names("Rexon Shipping"),
        vec![("Rexon Shipping".into(), Found::Whole)]
    );
}

// ---- scoring ----------------------------------------------------------------------------

#[test]
fn soundex_follows_the_archives_rules() {
    let code = |t: &str| soundex(t).map(|c| String::from_utf8_lossy(&c).into_owned());
    assert_eq!(code("robert").as_deref(), Some("R163"));
    assert_eq!(code("rupert").as_deref(), Some("R163"));
    assert_eq!(code("ashcraft").as_deref(), Some("A261"));
    assert_eq!(code("tymczak").as_deref(), Some("T522"));
    assert_eq!(code("pfister").as_deref(), Some("P236"));
    assert_eq!(code("mohammed"), code("muhammad"));
    assert_eq!(code("2"), None);
}

#[test]
fn word_order_does_not_matter() {
    assert_eq!(score("SMITH, John", "John Smith").score, 100.0);
    assert_eq!(score("Deng Wol, Santino", "SANTINO DENG WOL").score, 100.0);
    let s = score("Ntaganda, Bosco", "Bosco Ntaganda");
    assert_eq!((s.score, s.pairs.len()), (100.0, 2));
}

#[test]
fn typos_and_transliterations_stay_above_the_threshold() {
    for (query, listed) in [
        ("Bosco Ntaganada", "Bosco Ntaganda"),
        ("Mohammed Ahmadi", "MOHAMMAD AHMADI"),
        ("Muhammad Ahmadi", "MOHAMMAD AHMADI"),
        ("Yousef Zein", "Yusuf Zein"),
        ("Ibrahima Camara", "IBRAIMA CAMARÁ"),
        ("Sergey Kiriyenko", "KIRIYENKO, Sergei Vladilenovich"),
        ("Роман Лягин", "LYAGIN, Roman"),
        (
            "Alomgy & Brothers Money Exchange",
            "AL-OMGY AND BROTHERS MONEY EXCHANGE",
        ),
        (
            "Golden Resources Trading Co LLC",
            "GOLDEN RESOURCES TRADING COMPANY L.L.C.",
        ),
    ] {
        let s = score(query, listed);
        assert!(s.score >= DEFAULT_THRESHOLD, "{query} ~ {listed}: {s:?}");
    }
}

#[test]
fn unrelated_names_and_shared_legal_forms_stay_low() {
    for (query, listed) in [
        ("Acme Ltd", "Zenith Ltd"),
        ("Ltd", "Zenith Ltd"),
        ("Acme Trading LLC", "Zenith Trading LLC"),
        ("Siemens Energy AG", "KOREA HEUNGJIN TRADING COMPANY"),
        ("John Smith", "MOHAMMAD AHMADI"),
    ] {
        let s = score(query, listed);
        assert!(s.score < 60.0, "{query} ~ {listed}: {s:?}");
    }
    // A long shared start is not a match: the whole-name score counts only near identity.
    for (query, listed) in [
        ("Mohammad Rahimi", "MOHAMMAD AHMADI"),
        (
            "Golden Star Trading LLC",
            "GOLDEN RESOURCES TRADING COMPANY L.L.C.",
        ),
    ] {
        let s = score(query, listed);
        assert!(s.whole > DEFAULT_THRESHOLD, "the example holds: {s:?}");
        assert!(s.score < DEFAULT_THRESHOLD, "{query} ~ {listed}: {s:?}");
    }
}

// ---- the index --------------------------------------------------------------------------

fn vessels_and_people() -> Vec<List> {
    let star = entry(
        "V1",
        PartyKind::Vessel,
        &[("OCEAN STAR (ex-SEA DRAGON)", PRIMARY)],
    );
    let baneh = entry("15041", PartyKind::Vessel, &[("BANEH", PRIMARY)]);
    let chaudhry = entry(
        "QDi.312",
        PartyKind::Individual,
        &[
            ("AAMIR ALI CHAUDHRY", PRIMARY),
            ("Aamir Ali Choudry", ALIAS),
            ("عامر علی چوہدری", ALIAS),
        ],
    );
    let kiriyenko = entry(
        "31123",
        PartyKind::Individual,
        &[("KIRIYENKO, Sergei Vladilenovich", PRIMARY)],
    );
    vec![
        list(
            Source::Un,
            vec![with_ids(chaudhry, &[("Passport", "BN 4196361")])],
        ),
        list(
            Source::OfacSdn,
            vec![
                with_ids(
                    star,
                    &[("Vessel Registration Identification", "IMO 9187629")],
                ),
                with_ids(
                    baneh,
                    &[("Vessel Registration Identification", "IMO 8508462")],
                ),
                kiriyenko,
            ],
        ),
    ]
}

#[test]
fn a_match_says_which_list_entry_alias_and_tokens() {
    let index = Index::new(&vessels_and_people());
    let found = index.screen("Chaudhry, Aamir Ali", DEFAULT_THRESHOLD);
    assert_eq!(
        found.len(),
        1,
        "one match per entry, its best alias: {found:?}"
    );
    let m = &found[0];
    assert_eq!(
        (m.list, m.source, m.entry, m.reference.as_str()),
        (0, Source::Un, 0, "QDi.312")
    );
    assert_eq!(
        (m.name_index, m.name.as_str(), m.score),
        (0, "AAMIR ALI CHAUDHRY", 100.0)
    );
    assert_eq!(m.basis, Basis::Tokens);
    let pairs: Vec<(&str, &str)> = m
        .tokens
        .iter()
        .map(|p| (p.query.as_str(), p.list.as_str()))
        .collect();
    assert_eq!(pairs.len(), 3);
    assert!(pairs.contains(&("chaudhry", "chaudhry")) && pairs.contains(&("aamir", "aamir")));

    // Through an alias: the alias is named, by its place among the entry's names.
    let m = &index.screen("Aamir Ali Choudry", DEFAULT_THRESHOLD)[0];
    assert_eq!(
        (m.name_index, m.name.as_str(), m.name_kind),
        (1, "Aamir Ali Choudry", ALIAS)
    );

    // A vessel's former name, from an "ex-" fragment.
    let m = &index.screen("Sea Dragon", DEFAULT_THRESHOLD)[0];
    assert_eq!(
        (m.reference.as_str(), m.name.as_str(), m.name_kind),
        ("V1", "SEA DRAGON", NameKind::Former)
    );
    assert!(index
        .screen("Ocean Star", DEFAULT_THRESHOLD)
        .iter()
        .any(|m| m.reference == "V1"));

    // In the original script, against the original.
    let m = &index.screen("عامر علي چوہدری", DEFAULT_THRESHOLD)[0];
    assert_eq!((m.reference.as_str(), m.name_index), ("QDi.312", 2));
}

#[test]
fn identifiers_match_exactly_and_rank_first() {
    let index = Index::new(&vessels_and_people());
    for value in ["IMO 9187629", "9187629", "imo9187629", "IMO: 918-7629"] {
        let found = index.screen_identifier(None, value);
        assert_eq!(references(&found), ["V1"], "{value}");
        assert!(found[0].by_identifier && found[0].score == 100.0);
        assert_eq!(found[0].basis, Basis::Identifier);
    }
    assert_eq!(
        references(&index.screen_identifier(Some(IdKind::Imo), "9187629")),
        ["V1"]
    );
    assert!(
        index
            .screen_identifier(Some(IdKind::Passport), "9187629")
            .is_empty(),
        "kind given, kind kept"
    );
    assert_eq!(
        references(&index.screen_identifier(Some(IdKind::Passport), "BN4196361")),
        ["QDi.312"]
    );
    assert!(
        index.screen_identifier(None, "9187628").is_empty(),
        "one digit off is another ship"
    );
    assert!(
        index.screen_identifier(None, "91").is_empty(),
        "too short to identify"
    );

    // An IMO number in a vessel field ranks its ship first, above a name that matches better.
    let found = index.screen("BANEH IMO 9187629", DEFAULT_THRESHOLD);
    assert_eq!(references(&found), ["V1", "15041"]);
    assert!(found[0].by_identifier && !found[1].by_identifier && found[1].score == 100.0);
}

#[test]
fn the_threshold_is_one_parameter_and_bad_values_are_tamed() {
    let index = Index::new(&vessels_and_people());
    let q = "Sergei Kirilenko";
    let low = index.screen(q, 70.0);
    let high = index.screen(q, 95.0);
    assert!(low.iter().all(|m| m.score >= 70.0) && high.iter().all(|m| m.score >= 95.0));
    assert!(!low.is_empty() && high.is_empty(), "{low:?}");
    assert_eq!(
        index.screen(q, f64::NAN),
        index.screen(q, DEFAULT_THRESHOLD)
    );
    assert_eq!(
        index.screen("Baneh", 250.0).len(),
        1,
        "above 100 is 100: exact names still match"
    );
    assert_eq!(index.screen("Baneh", -5.0), index.screen("Baneh", 0.0));
}

#[test]
fn any_text_screens_without_panicking() {
    let index = Index::new(&vessels_and_people());
    let long = "Ocean ".repeat(5_000);
    for q in [
        "",
        "   ",
        "!!!",
        "Ltd",
        "\u{0}\u{1b}[31m",
        "🚢🚢",
        "a.k.a.",
        "(ex-",
        "ex-",
        long.as_str(),
    ] {
        let _ = index.screen(q, DEFAULT_THRESHOLD);
        let _ = index.screen_identifier(None, q);
    }
    assert!(index.screen("", DEFAULT_THRESHOLD).is_empty());
}

fn sample(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/samples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The official samples, parsed, and the evaluation set's lists.
fn all_lists() -> Vec<List> {
    let read = |files: &[&str]| {
        let bytes: Vec<Vec<u8>> = files.iter().map(|f| sample(f)).collect();
        let refs: Vec<&[u8]> = bytes.iter().map(Vec::as_slice).collect();
        formats::read(&refs).unwrap_or_else(|e| panic!("{files:?}: {e}"))
    };
    let mut lists = vec![
        read(&["un-consolidated-excerpt.xml"]),
        read(&[
            "ofac-sdn-excerpt.csv",
            "ofac-alt-excerpt.csv",
            "ofac-add-excerpt.csv",
        ]),
        read(&["us-csl-excerpt.csv"]),
    ];
    lists.extend(set::load().lists);
    lists
}

#[test]
fn the_index_finds_what_a_full_scan_finds() {
    let lists = all_lists();
    let index = Index::new(&lists);
    let set = set::load();
    // Every evaluation query, and the listed names with a letter dropped.
    let mut queries: Vec<String> = set.variants.iter().map(|v| v.query.clone()).collect();
    queries.extend(set.ordinary.iter().map(|o| o.name.clone()));
    for n in lists
        .iter()
        .flat_map(|l| &l.entries)
        .flat_map(|e| &e.names)
        .step_by(5)
    {
        let mut chars: Vec<char> = n.text.chars().collect();
        if chars.len() > 4 {
            chars.remove(chars.len() / 2);
        }
        queries.push(chars.into_iter().collect());
    }
    // An entry reached only through a token pair in the documented key gap can be missed
    // ("nikolaevich" against "mikalayevich", 0.81: the first and fourth letters differ):
    // under 1 in 100 matches (measured: 3 of 585 at 75, all near the floor). Every other
    // match is the scan's own, alias, score and pairs, but for 1 in 100.
    // Scores do not depend on the threshold: one scan at the lowest serves the others.
    let scans: Vec<Vec<Match>> = queries.iter().map(|q| index.scan(q, 75.0)).collect();
    for threshold in [75.0, DEFAULT_THRESHOLD, 95.0] {
        let (mut scanned, mut identical, mut lost) = (0, 0, Vec::new());
        for (q, scan) in queries.iter().zip(&scans) {
            let screened = index.screen(q, threshold);
            for m in scan.iter().filter(|m| m.score >= threshold) {
                scanned += 1;
                if screened.contains(m) {
                    identical += 1;
                } else if !screened
                    .iter()
                    .any(|s| (s.list, s.entry) == (m.list, m.entry))
                {
                    lost.push((q.clone(), m.name.clone(), m.score));
                }
            }
        }
        assert!(
            scanned > queries.len() / 2,
            "the queries match something at {threshold}"
        );
        assert!(
            lost.len() * 100 <= scanned,
            "at {threshold}, lost {lost:?} of {scanned}"
        );
        println!(
            "at {threshold}: {} of {scanned} scan matches lost, {identical} identical",
            lost.len()
        );
        assert!(
            identical * 100 >= scanned * 99,
            "at {threshold}, {identical} of {scanned} identical"
        );
    }
}

// ---- the evaluation set -----------------------------------------------------------------

#[test]
fn the_default_threshold_keeps_its_recall_and_false_positive_rate() {
    let set = set::load();
    let index = Index::new(&set.lists);
    let at = |split| set::measure(&set, split, DEFAULT_THRESHOLD, set::ours(&index));
    let tuning = at(Some(set::Split::Tuning));
    let held_out = at(Some(set::Split::HeldOut));
    let all = at(None);
    // Floors a little under the figures reported (tuning 100%, held out 91.1%; false
    // positives 1 in 133): one more miss or one more false positive is tolerated, a
    // regression beyond that fails.
    assert!(
        tuning.recall() >= 0.99,
        "tuning recall {}: {:?}",
        tuning.recall(),
        tuning.missed
    );
    assert!(
        held_out.recall() >= 0.89,
        "held-out recall {}: {:?}",
        held_out.recall(),
        held_out.missed
    );
    assert!(
        all.fpr() <= 0.016,
        "false positives {}: {:?}",
        all.fpr(),
        all.false_positives
    );
    // And it does what a plain whole-name Jaro-Winkler cannot.
    let baseline = set::measure(&set, None, DEFAULT_THRESHOLD, set::baseline(&set.lists));
    assert!(all.recall() > baseline.recall() + 0.2 && all.fpr() < baseline.fpr());
}
