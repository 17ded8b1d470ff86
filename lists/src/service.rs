//! What the lists worker does, without the browser: the lists loaded, one index over them,
//! and each [`Request`] answered with its [`Reply`]. The worker (`src/main.rs`) only carries
//! messages; everything here is tested natively.

use crate::formats;
use crate::matching::{Index, Match, Memory};
use crate::protocol::{Found, ListInfo, Reply, Request};
use crate::{List, Source};

/// The lists loaded (one per source, in source order), what the panel shows of each (same
/// order), and their index.
#[derive(Default)]
pub struct Service {
    lists: Vec<List>,
    infos: Vec<ListInfo>,
    index: Index,
    /// What screening remembered, for this index only: dropped whenever the index changes.
    memory: Option<Memory>,
}

impl Service {
    pub fn new() -> Service {
        Service::default()
    }

    /// The lists loaded, in source order.
    pub fn loaded(&self) -> Vec<ListInfo> {
        self.infos.clone()
    }

    /// Answers `request`; `files` are the bytes sent with it (for [`Request::Load`]).
    pub fn handle(&mut self, request: Request, files: &[&[u8]]) -> Reply {
        match request {
            Request::Load { fallback_date } => match formats::read(files) {
                Ok(list) => {
                    let info = ListInfo {
                        source: list.source,
                        dated_by_list: list.generated.is_some(),
                        generated: list.generated.clone().or(fallback_date),
                        entries: list.entries.len(),
                        names: list.entries.iter().map(|e| e.names.len()).sum(),
                    };
                    let at = self
                        .lists
                        .partition_point(|l| order(l.source) < order(list.source));
                    if self.lists.get(at).is_some_and(|l| l.source == list.source) {
                        self.lists[at] = list;
                        self.infos[at] = info.clone();
                    } else {
                        self.lists.insert(at, list);
                        self.infos.insert(at, info.clone());
                    }
                    self.reindex();
                    Reply::Loaded {
                        list: info,
                        loaded: self.loaded(),
                    }
                }
                Err(error) => Reply::Refused { error },
            },
            Request::Remove { source } => {
                if let Some(at) = self.lists.iter().position(|l| l.source == source) {
                    self.lists.remove(at);
                    self.infos.remove(at);
                    self.reindex();
                }
                Reply::Removed {
                    loaded: self.loaded(),
                }
            }
            Request::Screen { names, threshold } => {
                let mut screener = self.index.resume(self.memory.take().unwrap_or_default());
                let results = names
                    .iter()
                    .map(|name| {
                        screener
                            .screen(name, threshold)
                            .iter()
                            .map(|m| self.found(m))
                            .collect()
                    })
                    .collect();
                self.memory = Some(screener.into_memory());
                Reply::Screened { results }
            }
        }
    }

    fn reindex(&mut self) {
        self.index = Index::new(&self.lists);
        self.memory = None;
    }

    fn found(&self, m: &Match) -> Found {
        let list = &self.lists[m.list];
        let entry = &list.entries[m.entry];
        Found {
            source: m.source,
            reference: m.reference.clone(),
            listed_name: entry
                .names
                .first()
                .map(|n| n.text.clone())
                .unwrap_or_default(),
            matched_name: m.name.clone(),
            name_kind: m.name_kind,
            party_kind: entry.kind,
            score: (m.score * 10.0).round() / 10.0,
            basis: m.basis,
            tokens: m.tokens.clone(),
            identifier: m.identifier.clone(),
            programmes: entry.programmes.clone(),
            listed_on: entry.listed_on.clone(),
            sub_list: entry.sub_list.clone(),
        }
    }
}

fn order(source: Source) -> u8 {
    match source {
        Source::Un => 0,
        Source::OfacSdn => 1,
        Source::UsCsl => 2,
    }
}
