//! What an item carries besides its question: its guidance (on demand) and where it comes
//! from, each provenance as a line the user can check against the source.

use yew::prelude::*;

use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, Provenance, Severity, Text};
use crate::core::sources::Catalogue;

pub fn sources_list(provenance: &[Provenance], catalogue: &Catalogue, lang: Lang) -> Html {
    let line = |p: &Provenance| match p {
        Provenance::Seed(id) => match catalogue.element(id) {
            Some(e) => text(
                lang,
                &Msg::SeedSource {
                    section: e.section.get(lang).to_owned(),
                    lines: e.lines,
                },
            ),
            None => id.to_string(),
        },
        Provenance::Public { source, reference } => {
            let title = catalogue
                .public_source(source)
                .map_or_else(|| source.to_string(), |s| s.title.get(lang).to_owned());
            text(
                lang,
                &Msg::PublicSource {
                    title,
                    reference: reference.clone(),
                },
            )
        }
    };
    html! {
        <details class="att-sources">
            <summary>{ text(lang, &Msg::Sources) }</summary>
            <ul>{ for provenance.iter().map(|p| html! { <li>{ line(p) }</li> }) }</ul>
        </details>
    }
}

/// The item's guidance, folded away until asked for.
pub fn guidance_block(guidance: Option<&Text>, lang: Lang) -> Html {
    guidance.map_or_else(Html::default, |g| {
        html! {
            <details class="att-guidance">
                <summary>{ text(lang, &Msg::Guidance) }</summary>
                <p>{ g.get(lang) }</p>
            </details>
        }
    })
}

/// A screening indicator's severity, as a coloured label.
pub fn severity_badge(severity: Option<Severity>, lang: Lang) -> Html {
    severity.map_or_else(Html::default, |s| {
        let class = match s {
            Severity::Stop => "att-sev att-sev-stop",
            Severity::Inquire => "att-sev att-sev-inquire",
            Severity::Context => "att-sev att-sev-context",
        };
        html! { <p {class}>{ text(lang, &Msg::Severity(s)) }</p> }
    })
}
