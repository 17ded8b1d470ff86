//! The geometry and meaning of the widget's two charts, with no DOM: a stacked bar of an
//! assessment's statuses (the whole programme, and each section), and bars of the register's
//! shipments per finding. The summary draws them as inline SVG, the printable report writes
//! the same SVG as text (`report::charts`); each carries a sentence that says what it shows, for screen
//! readers and for anyone who would rather read.
//!
//! Widths are whole units of a fixed-width box (the SVG's `viewBox`), so they always add up
//! to the bar exactly; a category with a count never vanishes into rounding.
//!
//! A chart reads the way its language does (`Direction`): in Arabic the first status is at
//! the right end of a bar and the findings' bars grow leftwards from their names on the
//! right. The positions are mirrored here (`x' = width - x - w`), never the picture: a
//! mirrored SVG would mirror its text too. The SVG keeps `direction="ltr"`, so the text
//! anchors given here (`start`, `end`) are the left and right edges.

use super::assessment::{Assessment, Status};
use super::i18n::{text, Msg};
use super::question_set::{Lang, QuestionSet};
use super::screening::Level;

/// The width of every chart, in `viewBox` units.
pub const WIDTH: u32 = 600;
/// The narrowest a segment with a count is drawn, so one item of hundreds still shows.
pub const MIN_SEGMENT: u32 = 6;
/// The height of a status bar, in `viewBox` units.
pub const BAR_HEIGHT: u32 = 28;
/// Each finding's row in the findings chart.
pub const ROW_HEIGHT: u32 = 30;
/// Where the findings chart's bars start (the level's name is left of them).
pub const LABEL_WIDTH: u32 = 230;
/// The longest finding bar (room is left after it for the count).
pub const BAR_SPAN: u32 = 300;

/// Which way a chart reads: from the left, or (in a right-to-left language) from the right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The direction `lang` is written in (`Lang::dir`).
    pub fn of(lang: Lang) -> Self {
        if lang.is_rtl() {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }

    /// Where a box `w` wide that starts `x` units from the reading start of a picture `span`
    /// wide is drawn, in units from the picture's left edge: `x` left to right, `span - x - w`
    /// right to left.
    pub fn place(self, x: u32, w: u32, span: u32) -> u32 {
        match self {
            Direction::Ltr => x,
            Direction::Rtl => span.saturating_sub(x.saturating_add(w)),
        }
    }

    /// The `text-anchor` (in an SVG drawn `direction="ltr"`) of a text that starts, in
    /// reading order, at its `x`: its left edge there, or its right edge.
    pub fn anchor(self) -> &'static str {
        match self {
            Direction::Ltr => "start",
            Direction::Rtl => "end",
        }
    }
}

/// Whether a segment is wide enough to hold its count as text.
pub fn holds_count(width: u32, count: usize) -> bool {
    width >= MIN_SEGMENT + 9 * count.to_string().len() as u32
}

/// What a segment of a status bar counts: an answer, or no definite answer yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Answer(Status),
    /// No status at all.
    Unanswered,
}

impl Part {
    /// In the order a bar shows them, left to right: in place, then the gaps, the items out of
    /// scope, "not sure", and what is still open.
    pub const ALL: [Part; 6] = [
        Part::Answer(Status::InPlace),
        Part::Answer(Status::PartlyInPlace),
        Part::Answer(Status::NotInPlace),
        Part::Answer(Status::NotApplicable),
        Part::Answer(Status::Unsure),
        Part::Unanswered,
    ];

    /// The stable token in the segment's class (`att-seg-<token>`).
    pub fn token(self) -> &'static str {
        match self {
            Part::Answer(s) => s.token(),
            Part::Unanswered => "unanswered",
        }
    }

    /// The marks drawn over the part's colour (`marks`): with the order and the counts written
    /// in, colour is not all that tells parts apart.
    pub fn pattern(self) -> Option<Pattern> {
        match self {
            Part::Answer(Status::PartlyInPlace) => Some(Pattern::Stripes),
            Part::Answer(Status::NotApplicable) => Some(Pattern::Bands),
            _ => None,
        }
    }

    pub fn label(self, lang: Lang) -> String {
        match self {
            Part::Answer(s) => text(lang, &Msg::StatusLabel(s)),
            Part::Unanswered => text(lang, &Msg::NotAnswered),
        }
    }
}

/// Marks over a colour: upright stripes, or bands across.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    Stripes,
    Bands,
}

/// A rectangle, in `viewBox` units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rect {
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
}

/// The marks of `pattern` inside the box at `x` (`width` by `height`), as plain rectangles:
/// no `<pattern>` to reference, so nothing in the picture points anywhere. Two units wide,
/// every six.
pub fn marks(pattern: Pattern, x: u32, width: u32, height: u32) -> Vec<Rect> {
    let starts = |len: u32| (2..len.saturating_sub(1)).step_by(6);
    match pattern {
        Pattern::Stripes => starts(width)
            .map(|dx| Rect {
                x: x + dx,
                y: 0,
                width: 2,
                height,
            })
            .collect(),
        Pattern::Bands => starts(height)
            .map(|y| Rect {
                x,
                y,
                width,
                height: 2,
            })
            .collect(),
    }
}

/// One drawn piece of a bar: what it counts, how many, where it starts and how wide it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment<K> {
    pub key: K,
    pub count: usize,
    pub x: u32,
    pub width: u32,
}

/// `counts` laid end to end over `width` units, in their order, categories without a count
/// left out. The widths add up to `width` exactly (largest remainders get the units rounding
/// left over), and each is at least `MIN_SEGMENT` (or an equal share, if `width` cannot give
/// every category that much), taken from the widest. Nothing is drawn for a zero total.
/// Left to right: the first category at 0 (`stack_in` for either direction).
pub fn stack<K: Copy>(counts: &[(K, usize)], width: u32) -> Vec<Segment<K>> {
    let total: usize = counts.iter().map(|&(_, n)| n).sum();
    let shown: Vec<(K, usize)> = counts.iter().copied().filter(|&(_, n)| n > 0).collect();
    if total == 0 || width == 0 {
        return Vec::new();
    }
    let (w, t) = (u64::from(width), total as u64);
    let mut widths: Vec<u32> = shown
        .iter()
        .map(|&(_, n)| (n as u64 * w / t) as u32)
        .collect();
    let mut left = width - widths.iter().sum::<u32>();
    let mut by_remainder: Vec<usize> = (0..shown.len()).collect();
    // Stable: equal remainders go to the earlier category.
    by_remainder.sort_by_key(|&i| std::cmp::Reverse(shown[i].1 as u64 * w % t));
    for &i in by_remainder.iter().cycle() {
        if left == 0 {
            break;
        }
        widths[i] += 1;
        left -= 1;
    }
    let floor = MIN_SEGMENT.min(width / shown.len() as u32);
    for i in 0..widths.len() {
        while widths[i] < floor {
            // The widest segment gives a unit; it stays at or above the floor since the
            // floor times the segments fits in the width.
            let widest = (0..widths.len())
                .max_by_key(|&j| (widths[j], std::cmp::Reverse(j)))
                .unwrap_or(i);
            if widths[widest] <= floor {
                break;
            }
            widths[widest] -= 1;
            widths[i] += 1;
        }
    }
    let mut x = 0;
    shown
        .iter()
        .zip(widths)
        .map(|(&(key, count), width)| {
            let s = Segment {
                key,
                count,
                x,
                width,
            };
            x += width;
            s
        })
        .collect()
}

/// `stack` read in `dir`: the same widths in the same order, the first category at the
/// left edge (left to right) or ending at the right edge (right to left).
pub fn stack_in<K: Copy>(counts: &[(K, usize)], width: u32, dir: Direction) -> Vec<Segment<K>> {
    let mut segments = stack(counts, width);
    for s in &mut segments {
        s.x = dir.place(s.x, s.width, width);
    }
    segments
}

/// One bar of a status chart: its title, each part's count, and its segments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusBar {
    pub title: String,
    pub counts: Vec<(Part, usize)>,
    pub total: usize,
    pub segments: Vec<Segment<Part>>,
}

impl StatusBar {
    fn new(title: String, counts: Vec<(Part, usize)>, dir: Direction) -> Self {
        let total = counts.iter().map(|&(_, n)| n).sum();
        let segments = stack_in(&counts, WIDTH, dir);
        StatusBar {
            title,
            counts,
            total,
            segments,
        }
    }

    /// What the bar shows, as a sentence: each part with a count, and the total.
    pub fn sentence(&self, lang: Lang) -> String {
        sentence(
            lang,
            &self.title,
            self.counts
                .iter()
                .filter(|&&(_, n)| n > 0)
                .map(|&(p, n)| (p.label(lang), n)),
            self.total,
        )
    }
}

fn sentence(
    lang: Lang,
    title: &str,
    parts: impl Iterator<Item = (String, usize)>,
    total: usize,
) -> String {
    text(
        lang,
        &Msg::ChartText {
            title: title.to_owned(),
            parts: parts.collect(),
            total,
        },
    )
}

/// How many items of `items` have each part, in `Part::ALL`'s order.
fn part_counts<'a>(
    a: &Assessment,
    items: impl Iterator<Item = &'a super::question_set::ItemId>,
) -> Vec<(Part, usize)> {
    let mut counts: Vec<(Part, usize)> = Part::ALL.iter().map(|&p| (p, 0)).collect();
    for id in items {
        let part = a
            .response(id)
            .and_then(|r| r.status)
            .map_or(Part::Unanswered, Part::Answer);
        if let Some(c) = counts.iter_mut().find(|(p, _)| *p == part) {
            c.1 += 1;
        }
    }
    counts
}

/// The programme's bar (first, titled "whole programme") and one per section of `set`, each
/// titled with the section's title in `lang`, each reading in `lang`'s direction.
pub fn status_bars(set: &QuestionSet, a: &Assessment, lang: Lang) -> Vec<StatusBar> {
    let dir = Direction::of(lang);
    let overall = StatusBar::new(
        text(lang, &Msg::ChartOverall),
        part_counts(a, set.items().map(|i| &i.id)),
        dir,
    );
    std::iter::once(overall)
        .chain(set.sections.iter().map(|s| {
            StatusBar::new(
                s.title.get(lang).to_owned(),
                part_counts(a, s.items.iter().map(|i| &i.id)),
                dir,
            )
        }))
        .collect()
}

/// One bar of the findings chart: a finding level, its shipments and the bar's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountBar {
    pub level: Level,
    pub count: usize,
    pub length: u32,
}

/// The register's shipments per finding, every level in `Level::ALL`'s order (a level
/// without shipments too, at length 0). The most frequent level is `length` long, the others
/// in proportion, rounded to the nearest unit and never below `MIN_SEGMENT` with a count.
pub fn finding_bars(counts: &[(Level, usize)], length: u32) -> Vec<CountBar> {
    let max = counts.iter().map(|&(_, n)| n).max().unwrap_or(0) as u64;
    Level::ALL
        .iter()
        .map(|&level| {
            let count = counts
                .iter()
                .filter(|&&(l, _)| l == level)
                .map(|&(_, n)| n)
                .sum();
            let len = if count == 0 || max == 0 {
                0
            } else {
                let l = u64::from(length);
                let rounded = ((count as u64 * l * 2 + max) / (max * 2)) as u32;
                rounded.max(MIN_SEGMENT.min(length))
            };
            CountBar {
                level,
                count,
                length: len,
            }
        })
        .collect()
}

/// A text's place in a chart: its `x`, its baseline `y` and its `text-anchor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextAt {
    pub x: u32,
    pub y: u32,
    pub anchor: &'static str,
}

/// One row of the findings chart as drawn: the level's name at the reading start, its bar
/// (growing away from the name) and its count just past the bar's end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FindingRow {
    pub bar: CountBar,
    pub label: TextAt,
    pub rect: Rect,
    pub count: TextAt,
}

/// The height of the findings chart of `rows` rows.
pub fn findings_height(rows: usize) -> u32 {
    ROW_HEIGHT * rows as u32
}

/// Where each of `bars` is drawn, a row each, in a picture `WIDTH` wide read in `dir`: left
/// to right, the name at 0, the bar from `LABEL_WIDTH`, the count after it; right to left
/// the same mirrored (the name ends at `WIDTH`, the bar ends at `WIDTH - LABEL_WIDTH`).
pub fn finding_rows(bars: &[CountBar], dir: Direction) -> Vec<FindingRow> {
    bars.iter()
        .enumerate()
        .map(|(i, &bar)| {
            let y = ROW_HEIGHT * i as u32;
            let text = |x: u32| TextAt {
                x: dir.place(x, 0, WIDTH),
                y: y + 19,
                anchor: dir.anchor(),
            };
            FindingRow {
                bar,
                label: text(0),
                rect: Rect {
                    x: dir.place(LABEL_WIDTH, bar.length, WIDTH),
                    y: y + 4,
                    width: bar.length,
                    height: 20,
                },
                count: text(LABEL_WIDTH + bar.length + 8),
            }
        })
        .collect()
}

/// What the findings chart shows, as a sentence: every level with its count, and the total.
pub fn findings_sentence(bars: &[CountBar], lang: Lang) -> String {
    sentence(
        lang,
        &text(lang, &Msg::ChartFindings),
        bars.iter()
            .map(|b| (text(lang, &Msg::LevelName(b.level)), b.count)),
        bars.iter().map(|b| b.count).sum(),
    )
}
