//! What the widget tells the host page: each an `att-<name>` DOM event on the host element
//! with a JSON detail. The names and details are the documented API (docs/embedding.md).

use serde_json::{json, Value};

use crate::core::embed::format_name;
use crate::core::export_format::ExportFormat;

/// What changed, in `att-change`'s `detail.what`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changed {
    /// An assessment was answered, renamed, created or deleted.
    Assessment,
    /// The shipment register changed.
    Register,
    /// The visitor chose another language.
    Lang,
    /// `setState` replaced the state.
    State,
}

impl Changed {
    pub fn token(self) -> &'static str {
        match self {
            Changed::Assessment => "assessment",
            Changed::Register => "register",
            Changed::Lang => "lang",
            Changed::State => "state",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostEvent {
    /// `att-change`, after the change is saved (or, for `State`, written).
    Change(Changed),
    /// `att-export`: a file was offered to the visitor (or given to `exportAs`).
    Export {
        format: ExportFormat,
        filename: String,
    },
}

impl HostEvent {
    /// The event's name without its `att-` prefix.
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Change(_) => "change",
            HostEvent::Export { .. } => "export",
        }
    }

    pub fn detail(&self) -> Value {
        match self {
            HostEvent::Change(what) => json!({ "what": what.token() }),
            HostEvent::Export { format, filename } => {
                json!({ "format": format_name(*format), "filename": filename })
            }
        }
    }
}
