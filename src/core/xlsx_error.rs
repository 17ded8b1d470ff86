//! Why the XLSX worker wrote no workbook. Its own module, so that `i18n`, which words the
//! failure, does not depend on the workbook builder (`sheet`), which takes its text from
//! `i18n`; the browser glue that runs the worker names it here too.

/// Why the worker wrote no workbook, each with its technical detail (English, from the
/// browser or the writer) for a "details" part only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum XlsxError {
    /// The writer, fetched on first use, could not be loaded or stopped (offline, blocked by
    /// the page, out of memory).
    Unavailable(String),
    /// The writer did not start in time (a slow connection, or a start that failed silently).
    TimedOut(String),
    /// The page's Trusted Types policy refused to start the writer: the page does not allow
    /// the widget's policy name.
    Blocked(String),
    /// More rows than a worksheet holds (1,048,576).
    TooManyRows(String),
    /// The writer refused the workbook for another reason.
    Refused(String),
}

impl XlsxError {
    /// The worker's error answer, `"<kind>: <detail>"` (`kind` is `rows` or `failed`).
    pub fn from_worker(answer: &str) -> Self {
        match answer.split_once(": ") {
            Some(("rows", detail)) => XlsxError::TooManyRows(detail.to_owned()),
            Some(("failed", detail)) => XlsxError::Refused(detail.to_owned()),
            _ => XlsxError::Refused(answer.to_owned()),
        }
    }

    /// Whether trying again may succeed: not for a workbook the writer refused, nor under a
    /// policy that refuses the writer.
    pub fn retryable(&self) -> bool {
        matches!(self, XlsxError::Unavailable(_) | XlsxError::TimedOut(_))
    }

    pub fn detail(&self) -> &str {
        match self {
            XlsxError::Unavailable(d)
            | XlsxError::TimedOut(d)
            | XlsxError::Blocked(d)
            | XlsxError::TooManyRows(d)
            | XlsxError::Refused(d) => d,
        }
    }
}
