//! Promises (SPEC §3): the numeric targets and plans, and the dated commitments without a
//! number, by deadline; whether a deadline has passed; and whether these documents report the
//! promise done. We only know what the documents say: never "missed", never "done" unless they
//! say so.

use super::dataset::Dataset;
use super::display::{amount_label, scope_label, value_label, MONTHS};
use super::filter::progress_of;
use super::i18n::Tr;
use super::model::{Commitment, Figure, FigureKind, Lang, Project, Status};

/// A calendar month, for comparing deadlines with today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Month {
    pub year: u16,
    /// 1–12.
    pub month: u8,
}

impl Month {
    /// The month of a day counted from 1970-01-01 (UTC), by the proleptic Gregorian calendar
    /// (Howard Hinnant's `civil_from_days`).
    pub fn of_unix_day(day: i64) -> Month {
        let shifted = day + 719_468;
        let era = shifted.div_euclid(146_097);
        let day_of_era = shifted.rem_euclid(146_097);
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let march_based = (5 * day_of_year + 2) / 153;
        let month = if march_based < 10 { march_based + 3 } else { march_based - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Month { year: u16::try_from(year).unwrap_or(0), month: month as u8 }
    }
}

/// One promise of the documents.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Promise<'a> {
    /// A target or plan with a number (`figures.csv`).
    Goal(&'a Figure),
    /// A promise with a deadline and no number (`commitments.csv`).
    Commitment(&'a Commitment),
    /// A project the documents plan (`projects.csv`, status planned): promised, with the
    /// deadline of a dated promise about it where the documents give one.
    Planned(&'a Project),
}

impl Promise<'_> {
    /// The last month the deadline allows: `2026-06` → June 2026; a year alone → its December.
    pub fn deadline(&self) -> Option<Month> {
        match self {
            Promise::Goal(f) => f.year.map(|year| Month { year, month: 12 }),
            Promise::Commitment(c) => {
                let year = c.deadline.get(..4)?.parse().ok()?;
                let month = c.deadline.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(12);
                Some(Month { year, month })
            }
            Promise::Planned(_) => None,
        }
    }
}

/// What the documents say of a promise whose deadline has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The deadline is today or later.
    Open,
    /// The documents report it done (an achievement that reaches the target, or its project
    /// completed).
    ReportedDone,
    /// The deadline has passed and these documents report no completion.
    PassedUnreported,
}

pub const PASSED_UNREPORTED: Tr =
    Tr::new("期限已过，本文件未见完成情况", "Deadline passed — no report of completion in these documents");
pub const REPORTED_DONE: Tr = Tr::new("文件报告已完成", "The documents report it done");

/// What the documents last report toward a goal, as a share of it and with its date:
/// "最新报告：76条，目标100条（截至2025年10月9日）" / "Latest report: 76 of 100 alleys, as of 9
/// October 2025". Beside "no report of completion" it says how far the work had come, never
/// that it was done.
pub fn progress_label(data: &Dataset, done: &Figure, goal: &Figure, lang: Lang) -> String {
    let when = scope_label(data, done, lang);
    match lang {
        Lang::Zh => format!("最新报告：{}，目标{}（{when}）", value_label(done, lang), value_label(goal, lang)),
        Lang::En => format!("Latest report: {} of {}, {when}", amount_label(done, lang), value_label(goal, lang)),
    }
}

/// Where `promise` stands on `today`, by what the documents say.
pub fn outcome(data: &Dataset, promise: &Promise, today: Month) -> Outcome {
    let done = match promise {
        Promise::Goal(goal) => progress_of(data, goal).is_some_and(|done| done.value >= goal.value),
        Promise::Commitment(c) => {
            c.project_id.and_then(|id| data.project(id)).is_some_and(|p| p.status == Status::Completed)
        }
        Promise::Planned(_) => false,
    };
    match (done, promise.deadline()) {
        (true, _) => Outcome::ReportedDone,
        (false, Some(deadline)) if deadline < today => Outcome::PassedUnreported,
        _ => Outcome::Open,
    }
}

/// Targets, plans, commitments and planned projects grouped by deadline year, earliest first,
/// months in order within a year; undated ones last.
pub fn by_deadline<'a>(
    goals: &[&'a Figure],
    commitments: &[&'a Commitment],
    projects: &[&'a Project],
) -> Vec<(Option<u16>, Vec<Promise<'a>>)> {
    let all: Vec<Promise<'a>> = goals
        .iter()
        .filter(|f| matches!(f.kind, FigureKind::Target | FigureKind::Plan))
        .map(|&f| Promise::Goal(f))
        .chain(commitments.iter().map(|&c| Promise::Commitment(c)))
        .chain(projects.iter().filter(|p| p.status == Status::Planned).map(|&p| Promise::Planned(p)))
        .collect();
    let key = |p: &Promise| match p.deadline() {
        Some(m) => (false, m),
        None => (true, Month { year: 0, month: 0 }),
    };
    // Stable: equal deadlines keep document order (figures before commitments). Insertion, not
    // `sort_by_key`: the figures table already has a stable sort in the wasm, and a second one
    // (other element type) would add its own ≈ 2 KB gzip of code for a list of a few hundred.
    let mut sorted: Vec<Promise<'a>> = Vec::with_capacity(all.len());
    for p in all {
        let at = sorted.partition_point(|q| key(q) <= key(&p));
        sorted.insert(at, p);
    }
    let mut groups: Vec<(Option<u16>, Vec<Promise<'a>>)> = Vec::new();
    for p in sorted {
        let year = p.deadline().map(|m| m.year);
        match groups.last_mut() {
            Some((y, list)) if *y == year => list.push(p),
            _ => groups.push((year, vec![p])),
        }
    }
    groups
}

/// A commitment's deadline as the documents put it: "2026年6月底前" / "by the end of June 2026".
pub fn deadline_label(c: &Commitment, lang: Lang) -> String {
    let year = c.deadline.get(..4).unwrap_or(c.deadline);
    let month = c.deadline.get(5..7).and_then(|m| m.parse::<usize>().ok()).filter(|m| (1..=12).contains(m));
    let day = c.deadline.get(8..10).and_then(|d| d.parse::<u8>().ok());
    match (lang, month, day) {
        (Lang::Zh, Some(m), Some(d)) => format!("{year}年{m}月{d}日前"),
        (Lang::Zh, Some(12), None) => format!("{year}年底前"),
        (Lang::Zh, Some(m), None) => format!("{year}年{m}月底前"),
        (Lang::Zh, None, _) => format!("到{year}年"),
        (Lang::En, Some(m), Some(d)) => format!("by {d} {} {year}", MONTHS[m - 1]),
        (Lang::En, Some(m), None) => format!("by the end of {} {year}", MONTHS[m - 1]),
        (Lang::En, None, _) => format!("by {year}"),
    }
}
