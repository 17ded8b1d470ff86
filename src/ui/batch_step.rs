//! How a batch file moves through the import: picked, read by the reader worker, mapped,
//! screened; a newer file picked meanwhile wins over an older one still being read.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::batch::{self, ColumnMap, Delimiter, RowError, Table};
use crate::core::i18n::Msg;
use crate::web::files::{read_bytes, FileError};
use crate::web::reader;
use crate::web::worker::WorkerError;

/// Batch files are refused above this size before being read.
pub const MAX_BATCH_BYTES: usize = 64 * 1024 * 1024;

#[derive(Clone, PartialEq)]
pub enum Step {
    Pick,
    Reading,
    Map {
        /// Kept to read the file again with another delimiter.
        bytes: Rc<Vec<u8>>,
        table: Rc<Table>,
        map: ColumnMap,
    },
    Done {
        screened: usize,
        errors: Rc<Vec<RowError>>,
        sheet: bool,
    },
    /// With the underlying reader's or browser's own text, if any, shown collapsed; and, when
    /// the reader did not start or answer, what to read again.
    Failed(Msg, Option<Retry>),
}

/// A file the reader worker gave no answer for: read it again with this delimiter.
#[derive(Clone, PartialEq)]
pub struct Retry {
    pub bytes: Rc<Vec<u8>>,
    pub delimiter: Option<Delimiter>,
}

/// Reads `bytes` in the worker and moves to the mapping step, unless a newer file was picked
/// meanwhile (`generation` moved on).
pub fn read_into(
    step: UseStateHandle<Step>,
    bytes: Rc<Vec<u8>>,
    delimiter: Option<Delimiter>,
    generation: Rc<Cell<u64>>,
) {
    let mine = generation.get() + 1;
    generation.set(mine);
    step.set(Step::Reading);
    wasm_bindgen_futures::spawn_local(async move {
        let next = match reader::read(&bytes, delimiter).await {
            // Refused by the reader or by the page's policy: the same again would be too.
            Err(e @ (WorkerError::Refused(_) | WorkerError::Blocked(_))) => {
                Step::Failed(Msg::BatchWorkerFailed(e.detail().to_owned()), None)
            }
            Err(e) => Step::Failed(
                Msg::BatchWorkerFailed(e.detail().to_owned()),
                Some(Retry { bytes, delimiter }),
            ),
            Ok(Ok(table)) => {
                let map = batch::auto_map(&table.headers);
                Step::Map {
                    bytes,
                    table: Rc::new(table),
                    map,
                }
            }
            Ok(Err(e)) => Step::Failed(Msg::BatchUnreadable(e), None),
        };
        if generation.get() == mine {
            step.set(next);
        }
    });
}

/// Reads the picked `file`, then has the worker read its bytes (`read_into`); a file too
/// large or unreadable fails here.
pub fn read_file(step: UseStateHandle<Step>, file: web_sys::File, generation: Rc<Cell<u64>>) {
    step.set(Step::Reading);
    wasm_bindgen_futures::spawn_local(async move {
        match read_bytes(file, MAX_BATCH_BYTES).await {
            Ok(bytes) => read_into(step, Rc::new(bytes), None, generation),
            Err(FileError::TooLarge { bytes }) => step.set(Step::Failed(
                Msg::BatchTooLarge {
                    bytes: bytes as u64,
                    limit: MAX_BATCH_BYTES as u64,
                },
                None,
            )),
            Err(FileError::Unreadable) => step.set(Step::Failed(Msg::FileUnreadable, None)),
        }
    });
}
