//! Batch import: a file of shipments (CSV or a workbook, read into a [`Table`] by the
//! `att-reader` worker), with a documented column layout, a mapping step for other headers,
//! and bad rows reported by line without stopping the batch.

pub use att_reader::{Delimiter, Encoding, Format, ReadError, Table};

use super::question_set::Mode;
use super::shipment::{Category, DocStatus, Shipment};

/// The columns this widget reads, in the documented order (docs and the template use it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Reference,
    Date,
    Mode,
    Consignor,
    Consignee,
    EndUser,
    EndUse,
    Destination,
    Transit,
    Category,
    Description,
    Quantity,
    Value,
    EndUserCertificate,
    ExportLicence,
    TransportDocuments,
    Exemption,
    Broker,
    Carrier,
    Vessel,
}

impl Column {
    pub const ALL: [Column; 20] = [
        Column::Reference,
        Column::Date,
        Column::Mode,
        Column::Consignor,
        Column::Consignee,
        Column::EndUser,
        Column::EndUse,
        Column::Destination,
        Column::Transit,
        Column::Category,
        Column::Description,
        Column::Quantity,
        Column::Value,
        Column::EndUserCertificate,
        Column::ExportLicence,
        Column::TransportDocuments,
        Column::Exemption,
        Column::Broker,
        Column::Carrier,
        Column::Vessel,
    ];

    /// The documented header.
    pub fn header(self) -> &'static str {
        match self {
            Column::Reference => "reference",
            Column::Date => "date",
            Column::Mode => "mode",
            Column::Consignor => "consignor",
            Column::Consignee => "consignee",
            Column::EndUser => "end_user",
            Column::EndUse => "end_use",
            Column::Destination => "destination",
            Column::Transit => "transit",
            Column::Category => "category",
            Column::Description => "description",
            Column::Quantity => "quantity",
            Column::Value => "value",
            Column::EndUserCertificate => "end_user_certificate",
            Column::ExportLicence => "export_licence",
            Column::TransportDocuments => "transport_documents",
            Column::Exemption => "exemption",
            Column::Broker => "broker",
            Column::Carrier => "carrier",
            Column::Vessel => "vessel",
        }
    }

    /// Other headers commonly used for the same thing (compared lowercased, spaces, hyphens
    /// and underscores ignored).
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Column::Reference => &["ref", "bookingno", "booking", "shipmentid", "id"],
            Column::Date => &["shipmentdate", "bookingdate", "etd"],
            Column::Mode => &["transportmode", "modeoftransport"],
            Column::Consignor => &["shipper", "exporter", "seller"],
            Column::Consignee => &["receiver", "importer", "buyer"],
            Column::EndUser => &["enduser", "finaluser"],
            Column::EndUse => &["enduse", "intendeduse"],
            Column::Destination => &[
                "countryofdestination",
                "destinationcountry",
                "finaldestination",
            ],
            Column::Transit => &["transitpoints", "via", "routing", "transshipment", "route"],
            Column::Category => &["itemcategory", "attcategory", "goodscategory"],
            Column::Description => &["goodsdescription", "cargodescription", "goods"],
            Column::Quantity => &["qty", "units"],
            Column::Value => &["amount", "invoicevalue"],
            Column::EndUserCertificate => &["euc", "endusercertificate"],
            Column::ExportLicence => &["licence", "license", "exportlicense", "exportlicence"],
            Column::TransportDocuments => &["transportdocs", "shippingdocuments", "bl", "awb"],
            Column::Exemption => &[
                "embargoexemption",
                "committeeapproval",
                "sanctionsexemption",
            ],
            Column::Broker => &["intermediary", "agent", "brokeringagent"],
            Column::Carrier => &["shippingline", "airline", "haulier", "operator"],
            Column::Vessel => &["ship", "vesselname", "aircraft", "imo", "vesselimo"],
        }
    }
}

fn squash(header: &str) -> String {
    header
        .trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '/' | '.'))
        .collect()
}

/// Which column of the file holds which field (`None`: ignored).
pub type ColumnMap = Vec<Option<Column>>;

/// Maps headers by the documented names and common aliases; each field at most once.
pub fn auto_map(headers: &[String]) -> ColumnMap {
    let mut taken = Vec::new();
    headers
        .iter()
        .map(|h| {
            let h = squash(h);
            let col = Column::ALL.into_iter().find(|c| {
                !taken.contains(c) && (squash(c.header()) == h || c.aliases().contains(&h.as_str()))
            });
            if let Some(c) = col {
                taken.push(c);
            }
            col
        })
        .collect()
}

/// Why a row was not screened.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RowProblem {
    /// The row has `found` fields where the header has `expected` (a stray delimiter or quote).
    FieldCount {
        expected: usize,
        found: usize,
    },
    MissingReference,
    MissingDestination,
    BadMode(String),
    BadCategory(String),
    BadDate(String),
    BadDocument {
        column: &'static str,
        value: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// 1-based line in the file (a workbook: the sheet's row).
    pub line: u64,
    pub problem: RowProblem,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Batch {
    /// Each good row with its line in the file.
    pub rows: Vec<(u64, Shipment)>,
    pub errors: Vec<RowError>,
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn row(cells: &[String], map: &ColumnMap) -> Result<Shipment, RowProblem> {
    let mut s = Shipment::default();
    for (value, column) in cells.iter().zip(map) {
        let Some(column) = column else { continue };
        let value = value.trim();
        let doc = |column: Column| {
            DocStatus::parse(value).ok_or_else(|| RowProblem::BadDocument {
                column: column.header(),
                value: value.to_owned(),
            })
        };
        match column {
            Column::Reference => s.reference = value.to_owned(),
            Column::Date if value.is_empty() || is_iso_date(value) => s.date = value.to_owned(),
            Column::Date => return Err(RowProblem::BadDate(value.to_owned())),
            Column::Mode if value.is_empty() => {}
            Column::Mode => {
                s.mode =
                    Some(Mode::parse(value).ok_or_else(|| RowProblem::BadMode(value.to_owned()))?)
            }
            Column::Consignor => s.consignor = value.to_owned(),
            Column::Consignee => s.consignee = value.to_owned(),
            Column::EndUser => s.end_user = value.to_owned(),
            Column::Broker => s.broker = value.to_owned(),
            Column::Carrier => s.carrier = value.to_owned(),
            Column::Vessel => s.vessel = value.to_owned(),
            Column::EndUse => s.end_use = value.to_owned(),
            Column::Destination => s.destination = value.to_owned(),
            Column::Transit => {
                s.transit = value
                    .split(';')
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_owned)
                    .collect()
            }
            Column::Category if value.is_empty() => {}
            Column::Category => {
                s.category = Some(
                    Category::parse(value)
                        .ok_or_else(|| RowProblem::BadCategory(value.to_owned()))?,
                )
            }
            Column::Description => s.description = value.to_owned(),
            Column::Quantity => s.quantity = value.to_owned(),
            Column::Value => s.value = value.to_owned(),
            Column::EndUserCertificate => s.documents.end_user_certificate = doc(*column)?,
            Column::ExportLicence => s.documents.export_licence = doc(*column)?,
            Column::TransportDocuments => s.documents.transport_documents = doc(*column)?,
            Column::Exemption => s.exemption = value.to_owned(),
        }
    }
    if s.reference.is_empty() {
        return Err(RowProblem::MissingReference);
    }
    if s.destination.is_empty() {
        return Err(RowProblem::MissingDestination);
    }
    Ok(s)
}

/// Reads every data row of `table` with `map`, in file order; a bad row is reported and
/// skipped, the others kept.
pub fn parse(table: &Table, map: &ColumnMap) -> Batch {
    let mut batch = Batch::default();
    for r in &table.rows {
        match row(&r.cells, map) {
            Ok(s) => batch.rows.push((r.line, s)),
            Err(problem) => batch.errors.push(RowError {
                line: r.line,
                problem,
            }),
        }
    }
    batch.errors.extend(table.faults.iter().map(|f| RowError {
        line: f.line,
        problem: match f.fault {
            att_reader::RowFault::FieldCount { expected, found } => {
                RowProblem::FieldCount { expected, found }
            }
        },
    }));
    batch.errors.sort_by_key(|e| e.line);
    batch
}

/// A template CSV with the documented headers and one example row.
pub fn template() -> String {
    let headers: Vec<&str> = Column::ALL.iter().map(|c| c.header()).collect();
    format!(
        "{}\nBK-2026-0001,2026-11-27,sea,Acme Defence Ltd,Port Logistics SA,Ministry of Defence,Border security,Ruritania,Lomé;Tema,parts_components,Gearbox assemblies,40,120000,verified,seen,seen,,Harbour Brokers Ltd,Blue Ocean Lines,MV Example Star (IMO 9876543)\n",
        headers.join(",")
    )
}
