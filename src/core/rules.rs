//! Automatic rules: what the structured fields of a shipment record say about particular
//! indicators. Which rule feeds which indicator, with which words and lists, is data
//! (`seeds/rules.json`); this module only knows how each kind of rule reads a record.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::embargo::{self, Jurisdictions, Outcome};
use super::fold::Folded;
use super::lists::{ListIndex, RefList};
use super::parties::{self, Against, Decisions};
use super::question_set::{ItemId, Mode};
use super::register::Screened;
use super::screening::{Check, Evidence, RuleHit};
use super::shipment::{Category, DocStatus, Shipment};
use super::words::{Compiled, Words};

/// A record field a rule can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Consignor,
    Consignee,
    EndUser,
    EndUse,
    Destination,
    Transit,
    Description,
}

/// A record with its text fields lowercased once, for all the rules that look places up, and
/// folded (`fold::Folded`) at most once, when a text rule first reads the field.
struct Prepared<'s> {
    shipment: &'s Shipment,
    lower: [String; 6],
    transit: Vec<String>,
    folded: [OnceCell<Folded>; 6],
    folded_transit: OnceCell<Vec<Folded>>,
}

impl<'s> Prepared<'s> {
    fn new(s: &'s Shipment) -> Self {
        let l = |v: &str| v.to_lowercase();
        Self {
            shipment: s,
            lower: [
                l(&s.consignor),
                l(&s.consignee),
                l(&s.end_user),
                l(&s.end_use),
                l(&s.destination),
                l(&s.description),
            ],
            transit: s.transit.iter().map(|t| l(t)).collect(),
            folded: Default::default(),
            folded_transit: OnceCell::new(),
        }
    }

    /// (original, lowercased) values of a field; transit has several.
    fn values(&self, f: Field) -> Vec<(&str, &str)> {
        match f.index() {
            Some(i) => vec![(f.values(self.shipment)[0], self.lower[i].as_str())],
            None => self
                .with_transit(&self.transit)
                .map(|(t, l)| (t, l.as_str()))
                .collect(),
        }
    }

    /// (original, folded) values of a field.
    fn folded(&self, f: Field) -> Vec<(&str, &Folded)> {
        match f.index() {
            Some(i) => {
                let original = f.values(self.shipment)[0];
                vec![(
                    original,
                    self.folded[i].get_or_init(|| Folded::new(original)),
                )]
            }
            None => {
                let transit = &self.shipment.transit;
                let folded = self
                    .folded_transit
                    .get_or_init(|| transit.iter().map(|t| Folded::new(t)).collect());
                self.with_transit(folded).collect()
            }
        }
    }

    /// Each transit point beside what was derived from it.
    fn with_transit<'v, T>(&'v self, derived: &'v [T]) -> impl Iterator<Item = (&'v str, &'v T)> {
        self.shipment
            .transit
            .iter()
            .map(String::as_str)
            .zip(derived)
    }
}

impl Field {
    /// Where a single-valued field is kept in `Prepared`; `None` for transit.
    fn index(self) -> Option<usize> {
        Some(match self {
            Field::Consignor => 0,
            Field::Consignee => 1,
            Field::EndUser => 2,
            Field::EndUse => 3,
            Field::Destination => 4,
            Field::Description => 5,
            Field::Transit => return None,
        })
    }

    /// The values of this field (transit has several).
    fn values(self, s: &Shipment) -> Vec<&str> {
        match self {
            Field::Consignor => vec![&s.consignor],
            Field::Consignee => vec![&s.consignee],
            Field::EndUser => vec![&s.end_user],
            Field::EndUse => vec![&s.end_use],
            Field::Destination => vec![&s.destination],
            Field::Transit => s.transit.iter().map(String::as_str).collect(),
            Field::Description => vec![&s.description],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Document {
    EndUserCertificate,
    ExportLicence,
    TransportDocuments,
}

impl Document {
    pub const ALL: [Document; 3] = [
        Document::EndUserCertificate,
        Document::ExportLicence,
        Document::TransportDocuments,
    ];

    /// The stable token in its select's element id (`<editor>-<token>`; labels point at it).
    pub fn token(self) -> &'static str {
        match self {
            Document::EndUserCertificate => "endusercertificate",
            Document::ExportLicence => "exportlicence",
            Document::TransportDocuments => "transportdocuments",
        }
    }
}

/// How a rule reads a record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Test {
    /// A place in `fields` is on reference list `list`.
    ListedPlace { list: String, fields: Vec<Field> },
    /// A place in `fields` (destination or transit) is on embargo list `list` under a measure
    /// that leads to `outcome` for this shipment and the user's jurisdictions.
    Embargo {
        list: String,
        fields: Vec<Field>,
        outcome: Outcome,
    },
    /// The category is one of `categories` and the destination is on `list`.
    CategoryToListed {
        categories: Vec<Category>,
        list: String,
    },
    /// The category is one of `categories`.
    CategoryIs { categories: Vec<Category> },
    /// Present when the document's status is one of `present_when`; not present otherwise.
    Document {
        document: Document,
        present_when: Vec<DocStatus>,
    },
    /// One of `words` occurs as whole words in one of `fields`, and none of `unless` occurs in
    /// that value ("Joint Logistics Command" is a military unit, not a forwarder). Text and
    /// words are compared folded (`fold::fold`: case, Latin accents, Arabic marks and
    /// punctuation do not count, so "P.O.Box" is "p.o. box"); a word in a CJK script is found
    /// anywhere ("物流" in "上海物流有限公司"); `#` in a word stands for a number ("bp #").
    /// Both lists are keyed by language code, or are one plain list.
    TextContains {
        fields: Vec<Field>,
        words: Words,
        #[serde(default)]
        unless: Words,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub indicator: ItemId,
    /// Transport modes the rule applies to; empty: all.
    #[serde(default)]
    pub modes: Vec<Mode>,
    pub test: Test,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    pub format: u32,
    pub rules: Vec<Rule>,
}

/// The rules with their lists indexed once, to screen many records.
pub struct Engine<'a> {
    rules: &'a [Rule],
    /// Each rule's id, shared by all its hits.
    ids: Vec<Rc<str>>,
    /// Each text rule's words, folded once (`None` for the other kinds).
    texts: Vec<Option<Compiled<'a>>>,
    lists: Vec<ListIndex<'a>>,
    jurisdictions: &'a Jurisdictions,
    /// The sanctions lists loaded and the user's decisions on their matches, once known.
    parties: Option<(&'a Against, &'a Decisions)>,
}

impl<'a> Engine<'a> {
    /// `jurisdictions`: whose regional and national measures bind the user (the UN's always do).
    pub fn new(rules: &'a RuleSet, lists: &'a [RefList], jurisdictions: &'a Jurisdictions) -> Self {
        Self {
            rules: &rules.rules,
            ids: rules
                .rules
                .iter()
                .map(|r| Rc::from(r.id.as_str()))
                .collect(),
            texts: rules
                .rules
                .iter()
                .map(|r| match &r.test {
                    Test::TextContains { words, unless, .. } => Some(Compiled::new(words, unless)),
                    _ => None,
                })
                .collect(),
            lists: lists.iter().map(ListIndex::new).collect(),
            jurisdictions,
            parties: None,
        }
    }

    /// This engine, screening records' parties too: against the lists loaded now (and the
    /// threshold), with the user's decisions.
    pub fn with_parties(mut self, against: &'a Against, decisions: &'a Decisions) -> Self {
        self.parties = Some((against, decisions));
        self
    }

    /// The rules' hits for a screened record, with what its party screening amounts to.
    pub fn screen(&self, e: &Screened) -> Vec<RuleHit> {
        let hits = self.evaluate(&e.shipment);
        match self.parties {
            Some((against, decisions)) => parties::merge(
                hits,
                parties::hits(
                    &e.parties,
                    &e.shipment,
                    against,
                    decisions,
                    self.jurisdictions,
                ),
            ),
            None => hits,
        }
    }

    fn list(&self, id: &str) -> Option<&ListIndex<'a>> {
        self.lists.iter().find(|l| l.list.id == id)
    }

    /// What the rules conclude about `s`, one hit per indicator at most (the first rule wins).
    pub fn evaluate(&self, s: &Shipment) -> Vec<RuleHit> {
        let p = Prepared::new(s);
        let mut hits: Vec<RuleHit> = Vec::new();
        for ((rule, rule_id), text) in self.rules.iter().zip(&self.ids).zip(&self.texts) {
            if hits.iter().any(|h| h.indicator == rule.indicator) {
                continue;
            }
            if !rule.modes.is_empty() && s.mode.is_some_and(|m| !rule.modes.contains(&m)) {
                continue;
            }
            if let Some((check, detail)) = self.test(&rule.test, text.as_ref(), &p) {
                hits.push(RuleHit {
                    indicator: rule.indicator.clone(),
                    check,
                    rule: rule_id.clone(),
                    detail,
                });
            }
        }
        hits
    }

    fn test(
        &self,
        test: &Test,
        text: Option<&Compiled<'_>>,
        p: &Prepared<'_>,
    ) -> Option<(Check, Evidence)> {
        let s = p.shipment;
        let present = |detail: String| Some((Check::Present, Evidence::Fact(Cow::Owned(detail))));
        match test {
            Test::ListedPlace { list, fields } => {
                let index = self.list(list)?;
                fields
                    .iter()
                    .flat_map(|f| p.values(*f))
                    .find_map(|(place, lower)| {
                        let entry = index.find_lowercase(lower)?;
                        present(format!("{place} = {} ({})", entry.name.en, index.list.id))
                    })
            }
            Test::Embargo {
                list,
                fields,
                outcome,
            } => {
                let index = self.list(list)?;
                fields.iter().find_map(|f| {
                    let transit = *f == Field::Transit;
                    p.values(*f).into_iter().find_map(|(place, lower)| {
                        // Every entry the place names and every measure of each is considered:
                        // one that does not lead to this outcome must not hide one that does.
                        index.find_all_lowercase(lower).find_map(|entry| {
                            let named = format!("{place} = {} ({})", entry.name.en, index.list.id);
                            if entry.imposed_by.is_empty() {
                                return (embargo::outcome_of_user_entry(transit) == *outcome)
                                    .then_some((
                                        Check::Present,
                                        Evidence::Fact(Cow::Owned(named)),
                                    ));
                            }
                            let m = entry.imposed_by.iter().find(|m| {
                                embargo::outcome(m, entry, s, transit, self.jurisdictions)
                                    == *outcome
                            })?;
                            present(format!(
                                "{named} [{}: {} ({})]",
                                m.body, m.measure, m.reference
                            ))
                        })
                    })
                })
            }
            Test::CategoryToListed { categories, list } => {
                let category = s.category.filter(|c| categories.contains(c))?;
                let entry = self.list(list)?.find_lowercase(&p.lower[4])?;
                present(format!(
                    "{} -> {} ({list})",
                    category.token(),
                    entry.name.en
                ))
            }
            Test::CategoryIs { categories } => {
                let category = s.category.filter(|c| categories.contains(c))?;
                Some((
                    Check::Present,
                    Evidence::Fact(Cow::Borrowed(category.token())),
                ))
            }
            Test::Document {
                document,
                present_when,
            } => {
                let status = match document {
                    Document::EndUserCertificate => s.documents.end_user_certificate,
                    Document::ExportLicence => s.documents.export_licence,
                    Document::TransportDocuments => s.documents.transport_documents,
                };
                let check = if present_when.contains(&status) {
                    Check::Present
                } else {
                    Check::NotPresent
                };
                Some((check, Evidence::Fact(Cow::Borrowed(status.token()))))
            }
            Test::TextContains { fields, .. } => {
                let text = text?;
                fields
                    .iter()
                    .flat_map(|f| p.folded(*f))
                    .find_map(|(value, folded)| {
                        let word = text.find(folded)?;
                        Some((
                            Check::Present,
                            Evidence::Contains {
                                value: value.to_owned(),
                                word: word.to_owned(),
                            },
                        ))
                    })
            }
        }
    }
}
