//! A shipment record: the facts a screener has at hand when asked to move a consignment.

use serde::{Deserialize, Serialize};

use super::question_set::Mode;

/// What is being moved: the ATT Article 2(1) categories, ammunition/munitions (Article 3) and
/// parts and components (Article 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    BattleTanks,
    ArmouredCombatVehicles,
    LargeCalibreArtillery,
    CombatAircraft,
    AttackHelicopters,
    Warships,
    MissilesAndLaunchers,
    SmallArmsLightWeapons,
    Ammunition,
    PartsComponents,
}

impl Category {
    pub const ALL: [Category; 10] = [
        Category::BattleTanks,
        Category::ArmouredCombatVehicles,
        Category::LargeCalibreArtillery,
        Category::CombatAircraft,
        Category::AttackHelicopters,
        Category::Warships,
        Category::MissilesAndLaunchers,
        Category::SmallArmsLightWeapons,
        Category::Ammunition,
        Category::PartsComponents,
    ];

    /// The token used in files and CSV columns.
    pub fn token(self) -> &'static str {
        match self {
            Category::BattleTanks => "battle_tanks",
            Category::ArmouredCombatVehicles => "armoured_combat_vehicles",
            Category::LargeCalibreArtillery => "large_calibre_artillery",
            Category::CombatAircraft => "combat_aircraft",
            Category::AttackHelicopters => "attack_helicopters",
            Category::Warships => "warships",
            Category::MissilesAndLaunchers => "missiles_and_launchers",
            Category::SmallArmsLightWeapons => "small_arms_light_weapons",
            Category::Ammunition => "ammunition",
            Category::PartsComponents => "parts_components",
        }
    }

    /// Reads a token or a common short form (`salw`, `parts`, `ammo`, `tanks`...).
    pub fn parse(s: &str) -> Option<Category> {
        let s = s.trim().to_ascii_lowercase().replace([' ', '-', '/'], "_");
        let short = match s.as_str() {
            "tanks" | "tank" => Some(Category::BattleTanks),
            "acv" | "armoured_vehicles" | "armored_vehicles" => {
                Some(Category::ArmouredCombatVehicles)
            }
            "artillery" => Some(Category::LargeCalibreArtillery),
            "aircraft" => Some(Category::CombatAircraft),
            "helicopters" | "helicopter" => Some(Category::AttackHelicopters),
            "missiles" | "missile" => Some(Category::MissilesAndLaunchers),
            "salw" | "small_arms" => Some(Category::SmallArmsLightWeapons),
            "ammo" | "munitions" => Some(Category::Ammunition),
            "parts" | "components" | "parts_and_components" => Some(Category::PartsComponents),
            _ => None,
        };
        short.or_else(|| Category::ALL.into_iter().find(|c| c.token() == s))
    }
}

impl Mode {
    pub const ALL: [Mode; 5] = [
        Mode::Sea,
        Mode::Air,
        Mode::Road,
        Mode::Rail,
        Mode::Multimodal,
    ];

    pub fn token(self) -> &'static str {
        match self {
            Mode::Sea => "sea",
            Mode::Air => "air",
            Mode::Road => "road",
            Mode::Rail => "rail",
            Mode::Multimodal => "multimodal",
        }
    }

    pub fn parse(s: &str) -> Option<Mode> {
        let s = s.trim().to_ascii_lowercase();
        Mode::ALL.into_iter().find(|m| m.token() == s)
    }
}

/// Whether a document was seen, and checked with its issuer or the competent authority.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocStatus {
    #[default]
    NotSeen,
    Seen,
    Verified,
}

impl DocStatus {
    pub const ALL: [DocStatus; 3] = [DocStatus::NotSeen, DocStatus::Seen, DocStatus::Verified];

    pub fn token(self) -> &'static str {
        match self {
            DocStatus::NotSeen => "none",
            DocStatus::Seen => "seen",
            DocStatus::Verified => "verified",
        }
    }

    pub fn parse(s: &str) -> Option<DocStatus> {
        match s.trim().to_ascii_lowercase().as_str() {
            "" | "none" | "no" | "missing" | "not_seen" => Some(DocStatus::NotSeen),
            "seen" | "yes" | "unverified" => Some(DocStatus::Seen),
            "verified" => Some(DocStatus::Verified),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Documents {
    pub end_user_certificate: DocStatus,
    pub export_licence: DocStatus,
    pub transport_documents: DocStatus,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shipment {
    pub reference: String,
    /// ISO date, as the date input and CSV give it.
    pub date: String,
    pub mode: Option<Mode>,
    pub consignor: String,
    pub consignee: String,
    pub end_user: String,
    pub end_use: String,
    /// Country (or place) of final destination, as written.
    pub destination: String,
    /// Transit and trans-shipment points, in route order.
    pub transit: Vec<String>,
    pub category: Option<Category>,
    pub description: String,
    pub quantity: String,
    pub value: String,
    pub documents: Documents,
    /// The embargo exemption, notification or sanctions-committee approval the transfer relies
    /// on (a reference), if any. Absent in records saved before 0.3.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub exemption: String,
    /// The broker or other intermediary, the carrier (shipping line, airline, haulier) and
    /// the vessel or aircraft (name, with its IMO number where known): parties screened
    /// against the sanctions lists. Absent in records saved before 0.4.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub broker: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub carrier: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub vessel: String,
}
