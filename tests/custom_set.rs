//! A user-supplied question set: accepted when right, refused with a message that names the
//! item and field when wrong.

use att_diligence::core::builtin;
use att_diligence::core::custom::{load, CustomSetError, MAX_BYTES};

const GOOD: &str = r#"{"format":1,"id":"my-set","version":"0.1.0","module":"programme",
  "title":{"en":"Mine","zh":"我的"},
  "sections":[{"id":"my.s","title":{"en":"S","zh":"节"},"items":[
    {"id":"my.a","text":{"en":"Do we screen?","zh":"我们是否筛查？"},"articles":["11"],
     "provenance":[{"seed":"app1.p6.b3"}]}]}]}"#;

fn error_for(json: &str) -> String {
    let catalogue = builtin::catalogue().expect("built-in catalogue");
    match load(json, &catalogue) {
        Ok(set) => panic!("accepted: {}", set.id),
        Err(e) => e.to_string(),
    }
}

#[test]
fn a_well_formed_custom_set_loads() {
    let catalogue = builtin::catalogue().expect("built-in catalogue");
    let set = load(GOOD, &catalogue).expect("good set loads");
    assert_eq!(set.items().count(), 1);
}

#[test]
fn each_kind_of_mistake_is_named_precisely() {
    let cases = [
        ("{", "the file ends too early; it may be incomplete"),
        (
            "{\n  \"format\": 1,\n  oops\n}",
            "the text is not valid JSON from line 3, column 3 on",
        ),
        ("[]", "no `format` number"),
        (
            &GOOD.replace(r#""format":1"#, r#""format":7"#),
            "format version 7",
        ),
        (
            &GOOD.replace(r#","zh":"我们是否筛查？""#, ""),
            "item my.a: the field \u{201c}text.zh\u{201d} is missing",
        ),
        (
            &GOOD.replace(r#""zh":"我们是否筛查？""#, r#""zh":" ""#),
            "item my.a, field `text.zh`: text is empty",
        ),
        (
            &GOOD.replace(r#""articles":["11"]"#, r#""articles":["Art 11"]"#),
            "item my.a, field `articles`",
        ),
        (
            &GOOD.replace("app1.p6.b3", "nowhere"),
            "item my.a, field `provenance[0]`: `nowhere` is not an element",
        ),
        (
            &GOOD.replace(r#""id":"my.a""#, r#""id":"My A""#),
            "item My A, field `id`",
        ),
        (
            &GOOD.replace(r#""id":"my.a""#, r#""id":"my.s""#),
            "id `my.s` is used more than once",
        ),
        (
            &GOOD.replace(r#""articles""#, r#""severity":"stop","articles""#),
            "item my.a, field `severity`: severity is not used in this module",
        ),
        (
            &GOOD.replace(r#""module":"programme""#, r#""module":"screening""#),
            "item my.a, field `modes`: modes is required",
        ),
        (
            &GOOD.replace(r#""version":"0.1.0""#, r#""version":"new""#),
            "set, field `version`",
        ),
        (
            &GOOD.replace(r#""articles""#, r#""colour":"red","articles""#),
            "item my.a: the field \u{201c}colour\u{201d} does not belong in this kind of file",
        ),
    ];
    for (json, expected) in cases {
        let message = error_for(json);
        assert!(
            message.contains(expected),
            "expected {expected:?} in {message:?}"
        );
    }
}

#[test]
fn hostile_input_is_refused_without_a_crash() {
    let deep = "[".repeat(100_000);
    assert!(error_for(&deep).contains("nested more than 128 levels deep"));
    let catalogue = builtin::catalogue().expect("built-in catalogue");
    let huge = " ".repeat(MAX_BYTES + 1);
    assert!(matches!(
        load(&huge, &catalogue),
        Err(CustomSetError::TooLarge { .. })
    ));
}

#[test]
fn stored_custom_sets_come_back_and_broken_ones_are_reported() {
    use att_diligence::core::custom::{decode_stored, encode_stored};
    let catalogue = builtin::catalogue().expect("built-in catalogue");
    let good = load(GOOD, &catalogue).expect("good set loads");
    let stored = encode_stored(std::slice::from_ref(&good));
    let (sets, errors) = decode_stored(&stored, &catalogue);
    assert_eq!((sets, errors), (vec![good.clone()], vec![]));

    let tampered = stored.replace("app1.p6.b3", "gone");
    let (sets, errors) = decode_stored(&tampered, &catalogue);
    assert!(sets.is_empty());
    assert!(
        errors[0].to_string().contains("`gone` is not an element"),
        "{errors:?}"
    );

    let (sets, errors) = decode_stored("not json", &catalogue);
    assert!(sets.is_empty() && matches!(errors[..], [CustomSetError::NotJson(_)]));
}

#[test]
fn errors_are_told_in_chinese_too() {
    use att_diligence::core::i18n::custom_set_error;
    use att_diligence::core::question_set::Lang;
    let catalogue = builtin::catalogue().expect("built-in catalogue");
    let err = load(&GOOD.replace("app1.p6.b3", "nowhere"), &catalogue).unwrap_err();
    assert_eq!(
        custom_set_error(Lang::Zh, &err),
        "条目 my.a，字段“provenance[0]”：“nowhere”不是来源目录中的要素"
    );
}

#[test]
fn an_item_without_an_id_is_placed_in_each_language_own_words() {
    use att_diligence::core::i18n::custom_set_error;
    use att_diligence::core::question_set::Lang;
    use att_diligence::core::validate::{Location, SectionRef};
    let catalogue = builtin::catalogue().expect("built-in catalogue");
    let no_item_id = GOOD.replace(r#""id":"my.a","#, "");
    let neither_id = no_item_id.replace(r#""id":"my.s","#, "");
    let at = |json: &str| match load(json, &catalogue).unwrap_err() {
        CustomSetError::Shape { location, .. } => location,
        other => panic!("not a shape error: {other:?}"),
    };
    assert_eq!(
        at(&no_item_id),
        Location::ItemAt {
            section: SectionRef::Id("my.s".into()),
            position: 1
        }
    );
    assert_eq!(
        at(&neither_id),
        Location::ItemAt {
            section: SectionRef::At(1),
            position: 1
        }
    );
    let err = load(&neither_id, &catalogue).unwrap_err();
    let words = |lang| custom_set_error(lang, &err);
    // Each language numbers the section itself; no English fragment is built into the location.
    assert!(
        words(Lang::En).starts_with("section #1, item #1:"),
        "{}",
        words(Lang::En)
    );
    let fr = words(Lang::Fr);
    assert!(
        fr.starts_with("section n°\u{a0}1, élément n°\u{a0}1"),
        "{fr}"
    );
    assert!(!fr.contains('#') && !fr.contains("section section"), "{fr}");
    for lang in [Lang::Es, Lang::Ru, Lang::Zh, Lang::Ar] {
        let w = words(lang);
        assert!(!w.contains("section") && !w.contains('#'), "{lang:?}: {w}");
    }
    assert!(words(Lang::Es).starts_with("sección n.º\u{a0}1, elemento n.º\u{a0}1"));
    assert!(words(Lang::Ru).starts_with("раздел № 1, пункт № 1"));
    let named = load(&no_item_id, &catalogue).unwrap_err();
    assert!(custom_set_error(Lang::Fr, &named).starts_with("section my.s, élément n°\u{a0}1"));
}
