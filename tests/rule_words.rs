//! The post-office-box and forwarder rules read the forms real offices write, in the six
//! languages and the common national ones: each word list flags its examples, lets the
//! look-alikes pass, and keeps military units out; the word lists themselves stay usable.

use att_diligence::core::builtin;
use att_diligence::core::embargo::UN_ONLY;
use att_diligence::core::fold::Phrase;
use att_diligence::core::lists::RefList;
use att_diligence::core::rules::{Engine, RuleSet, Test};
use att_diligence::core::screening::Check;
use att_diligence::core::shipment::Shipment;
use att_diligence::core::words::Words;

const PO_BOX: &str = "po-box-consignee";
const FORWARDER: &str = "forwarder-end-user";
const SIX: [&str; 6] = ["en", "fr", "es", "ar", "ru", "zh"];

fn rules() -> RuleSet {
    builtin::rules().unwrap_or_else(|e| panic!("{e}"))
}

fn lists() -> Vec<RefList> {
    builtin::lists().unwrap_or_else(|e| panic!("{e}"))
}

/// The words and exceptions of one text rule, as the seed has them.
fn words_of<'r>(rules: &'r RuleSet, id: &str) -> (&'r Words, &'r Words) {
    let rule = rules.rules.iter().find(|r| r.id == id).expect("the rule");
    match &rule.test {
        Test::TextContains { words, unless, .. } => (words, unless),
        other => panic!("{id} is {other:?}"),
    }
}

/// The detail of the hit `rule` gives a shipment with this consignee and end user, if any.
fn flag(rules: &RuleSet, rule: &str, consignee: &str, end_user: &str) -> Option<String> {
    let lists = lists();
    let engine = Engine::new(rules, &lists, &UN_ONLY);
    let s = Shipment {
        reference: "BK-1".into(),
        consignee: consignee.into(),
        end_user: end_user.into(),
        destination: "Freedonia".into(),
        ..Shipment::default()
    };
    engine
        .evaluate(&s)
        .into_iter()
        .find(|h| &*h.rule == rule && h.check == Check::Present)
        .map(|h| h.detail.to_string())
}

fn po_box(consignee: &str) -> Option<String> {
    flag(&rules(), PO_BOX, consignee, "")
}

fn forwarder(end_user: &str) -> Option<String> {
    flag(&rules(), FORWARDER, "", end_user)
}

#[test]
fn post_office_boxes_are_flagged_as_each_country_writes_them() {
    for (lang, consignee) in [
        ("en", "P O Box 99"),
        ("en", "P.O.Box 113, Djibouti"),
        ("en", "POB 4411, Dubai"),
        ("en", "PMB 1029, Ikeja"),
        ("fr", "B.P. 1234, Lomé"),
        ("fr", "BP 2040 Dakar"),
        ("fr", "Boîte postale 12"),
        ("fr", "Case postale 8, Genève"),
        ("es", "Apartado Postal 45"),
        ("es", "Apdo. 17, Managua"),
        ("es", "Apartado 2203, Panamá"),
        ("es", "Casilla de Correo 301"),
        ("pt", "Caixa Postal 12"),
        ("it", "Casella postale 9"),
        ("de", "Postfach 10 20"),
        ("nl", "Postbus 1200"),
        ("ru", "а/я 12"),
        ("ru", "А/Я 12, Москва"),
        ("ru", "Абонентский ящик 5"),
        ("ar", "ص.ب 1234"),
        ("ar", "صندوق بريد ٤٥"),
        ("zh", "北京市8888信箱"),
        ("zh", "香港郵政信箱 123"),
    ] {
        assert!(
            po_box(consignee).is_some(),
            "{lang}: \u{201c}{consignee}\u{201d} is a post-office box"
        );
    }
    assert_eq!(
        po_box("B.P. 1234, Lomé").as_deref(),
        Some("\u{201c}B.P. 1234, Lomé\u{201d} contains \u{201c}b.p. #\u{201d}"),
        "the detail quotes the user's text and the word as the seed writes it"
    );
    assert!(
        flag(&rules(), PO_BOX, "", "Joint Logistics Command, а/я 12").is_some(),
        "the end user's box too, military or not"
    );
}

#[test]
fn names_that_only_look_like_a_box_pass() {
    for consignee in [
        "Expo Boxing Ltd",
        "BP Oil",
        "B.P. Oil Nigeria",
        "Boxer SA",
        "Post Office Road 4",
        "Petrov A.Ya.",
        "ИП Петров А.Я.",
        "Caixa Econômica Federal",
        "Hotel La Casilla",
        "Postbus Ltd",
        "电子信箱 info@example.cn",
        "Defence Procurement Agency",
    ] {
        assert_eq!(po_box(consignee), None, "\u{201c}{consignee}\u{201d}");
    }
}

#[test]
fn forwarders_as_end_user_are_flagged_in_every_language() {
    for (lang, end_user) in [
        ("en", "Global Freight Forwarders Ltd"),
        ("en", "Sea Star Shipping Agency"),
        ("fr", "Transitaire Rapide SARL"),
        ("fr", "Sahel Logistique"),
        ("fr", "Commissionnaire de transport Dupont"),
        ("es", "Ñandú Logística"),
        ("es", "Transitarios del Sur SL"),
        ("es", "Agente de Carga Andina"),
        ("pt", "Rápido Agente de Cargas Ltda"),
        ("it", "Spedizioniere Rossi"),
        ("de", "Spedition Müller GmbH"),
        ("de", "Nord Logistik AG"),
        ("ru", "экспедитор"),
        ("ru", "ООО «Транспортно-экспедиционная компания Восток»"),
        ("ru", "ООО Логистическая компания"),
        ("ar", "وكيل شحن"),
        ("ar", "شركة الخليج للخدمات اللوجستية"),
        ("ar", "الوكيل الملاحي المتحد"),
        ("zh", "上海物流有限公司"),
        ("zh", "深圳国际货运代理有限公司"),
        ("zh", "货运代理"),
    ] {
        assert!(
            forwarder(end_user).is_some(),
            "{lang}: \u{201c}{end_user}\u{201d} is a forwarder"
        );
    }
    assert_eq!(
        forwarder("Ñandú Logística").as_deref(),
        Some("\u{201c}Ñandú Logística\u{201d} contains \u{201c}logística\u{201d}")
    );
    assert_eq!(
        flag(&rules(), FORWARDER, "Spedition Müller GmbH", "Army"),
        None,
        "a forwarder as consignee is how goods are shipped"
    );
}

#[test]
fn military_and_government_end_users_are_not_forwarders() {
    for end_user in [
        "Joint Logistics Command",
        "Ministère de la Défense",
        "Commandement logistique",
        "Base logistique de Bouaké",
        "Dirección de Logística del Ejército",
        "Centro de Logística de la Armada",
        "Bundeswehr Logistik Zentrum",
        "Командование материально-технического обеспечения",
        "Войсковая часть 12345 (логистика)",
        "قيادة الخدمات اللوجستية",
        "وزارة الدفاع - الخدمات اللوجستية",
        "中国人民解放军联勤保障部队物流中心",
    ] {
        assert_eq!(forwarder(end_user), None, "\u{201c}{end_user}\u{201d}");
    }
}

#[test]
fn every_word_flags_itself_as_written() {
    // A word that folds to something its own spelling never contains would be dead data.
    let rules = rules();
    let (po, _) = words_of(&rules, PO_BOX);
    for word in po.iter() {
        let text = word.replace('#', "12");
        assert!(po_box(&text).is_some(), "{PO_BOX}: {word}");
    }
    let (fw, unless) = words_of(&rules, FORWARDER);
    for word in fw.iter() {
        let text = format!("Acme {} Co", word.replace('#', "12"));
        assert!(forwarder(&text).is_some(), "{FORWARDER}: {word}");
    }
    for word in unless.iter() {
        let text = format!("{word} logistics");
        assert_eq!(forwarder(&text), None, "{FORWARDER} unless: {word}");
    }
}

#[test]
fn the_word_lists_cover_the_six_languages_without_dead_or_repeated_words() {
    let rules = rules();
    for (id, list, words) in [
        (PO_BOX, "words", words_of(&rules, PO_BOX).0),
        (FORWARDER, "words", words_of(&rules, FORWARDER).0),
        (FORWARDER, "unless", words_of(&rules, FORWARDER).1),
    ] {
        for lang in SIX {
            assert!(!words.language(lang).is_empty(), "{id} {list}: no {lang}");
        }
        for code in words.languages() {
            assert!(
                code.len() == 2 && code.chars().all(|c| c.is_ascii_lowercase()),
                "{id} {list}: {code} is not a language code"
            );
        }
        let mut seen: Vec<(Phrase, &str)> = Vec::new();
        for word in words.iter() {
            let phrase =
                Phrase::new(word).unwrap_or_else(|| panic!("{id} {list}: {word} finds nothing"));
            if let Some((_, first)) = seen.iter().find(|(p, _)| *p == phrase) {
                panic!("{id} {list}: {word} is {first} again once folded");
            }
            seen.push((phrase, word));
        }
    }
}

fn parse(test: &str) -> Result<RuleSet, String> {
    serde_json::from_str(&format!(
        r#"{{"format":1,"rules":[{{"id":"box","indicator":"scr.enduse.forwarder-consignee",
            "test":{test}}}]}}"#
    ))
    .map_err(|e| e.to_string())
}

#[test]
fn a_plain_word_list_still_loads_and_mistakes_are_named() {
    let old = parse(r#"{"kind":"text_contains","fields":["consignee"],"words":["po box"]}"#)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(flag(&old, "box", "PO-Box 7", "").is_some());
    let by_language =
        parse(r#"{"kind":"text_contains","fields":["consignee"],"words":{"fr":["bp #"]}}"#)
            .unwrap_or_else(|e| panic!("{e}"));
    assert!(flag(&by_language, "box", "BP 7", "").is_some());

    let twice = parse(
        r#"{"kind":"text_contains","fields":["consignee"],"words":{"fr":["bp #"],"fr":["b.p. #"]}}"#,
    );
    assert!(twice.is_err_and(|e| e.contains("language fr is listed twice")));
    let typo = parse(r#"{"kind":"text_contains","fields":["consignee"],"word":["po box"]}"#);
    assert!(
        typo.is_err_and(|e| e.contains("word")),
        "unknown fields are refused"
    );
    let number = parse(r#"{"kind":"text_contains","fields":["consignee"],"words":7}"#);
    assert!(number.is_err_and(|e| e.contains("lists of words by language code")));
}

#[test]
fn a_word_found_is_told_in_the_users_language() {
    use att_diligence::core::i18n::{text, Msg};
    use att_diligence::core::question_set::Lang;
    let msg = Msg::RuleContains {
        value: "B.P. 1234, Lomé".into(),
        word: "b.p. #".into(),
    };
    for lang in Lang::ALL {
        let t = text(lang, &msg);
        assert!(
            t.contains("B.P. 1234, Lomé") && t.contains("b.p. #"),
            "{lang:?}: {t}"
        );
        if lang != Lang::En {
            assert!(!t.contains("contains"), "{lang:?}: {t}");
        }
    }
    assert_eq!(
        text(Lang::Fr, &msg),
        "« B.P. 1234, Lomé » contient « b.p. # »"
    );
}
