//! The formats an assessment can be exported in. Its own module, so that the writers
//! (`deliver`), the JS API (`embed`) and the buttons name a format without depending on the
//! interface strings (`i18n` only describes it).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Json,
    Csv,
    Markdown,
    Html,
    /// Written by a worker loaded on demand.
    Xlsx,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 5] = [
        ExportFormat::Json,
        ExportFormat::Csv,
        ExportFormat::Markdown,
        ExportFormat::Html,
        ExportFormat::Xlsx,
    ];
}
