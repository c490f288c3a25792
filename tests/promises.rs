//! Promises by deadline, numeric or not, and what the documents say once a deadline has come.
#![cfg(not(target_arch = "wasm32"))]

use renewal_explorer::core::dataset::data;
use renewal_explorer::core::filter::progress_of;
use renewal_explorer::core::items::{deadline_groups_html, promise_item_html, UNDATED_UNFOLDED_MAX};
use renewal_explorer::core::markup::escape;
use renewal_explorer::core::model::{Commitment, Figure, FigureKind, Lang, Project, Scope, Status};
use renewal_explorer::core::promises::{
    by_deadline, deadline_label, outcome, progress_label, Month, Outcome, Promise, PASSED_UNREPORTED, REPORTED_DONE,
};
use renewal_explorer::core::url_state::{View, ViewState};

const TODAY: Month = Month { year: 2026, month: 12 };

fn figure(id: &str) -> &'static Figure {
    data().figures.iter().find(|f| f.id == id).unwrap_or_else(|| panic!("{id}"))
}

fn commitment(deadline: &'static str, project_id: Option<&'static str>) -> Commitment {
    Commitment { deadline, project_id, ..data().commitments[0] }
}

#[test]
fn targets_and_commitments_are_listed_by_deadline_months_in_order_undated_last() {
    let goals: Vec<&Figure> = data().figures.iter().collect();
    let commitments: Vec<&Commitment> = data().commitments.iter().collect();
    let projects: Vec<&Project> = data().projects.iter().collect();
    let groups = by_deadline(&goals, &commitments, &projects);
    let years: Vec<Option<u16>> = groups.iter().map(|(y, _)| *y).collect();
    let mut sorted = years.clone();
    sorted.sort_by_key(|y| (y.is_none(), *y));
    assert_eq!(years, sorted, "earliest first, undated last");
    let mut once = years.clone();
    once.dedup();
    assert_eq!(years, once, "one group a year");
    let listed: usize = groups.iter().map(|(_, p)| p.len()).sum();
    let goals_count = data().figures.iter().filter(|f| matches!(f.kind, FigureKind::Target | FigureKind::Plan)).count();
    let planned = data().projects.iter().filter(|p| p.status == Status::Planned).count();
    assert!(planned > 100, "the data plans many projects: {planned}");
    assert_eq!(
        listed,
        goals_count + data().commitments.len() + planned,
        "every target, plan, commitment and planned project, nothing else"
    );
    let (_, undated) = groups.last().expect("groups");
    assert!(
        undated.iter().filter(|p| matches!(p, Promise::Planned(_))).count() == planned,
        "a planned project has no deadline of its own: it is listed with the undated"
    );
    for (year, promises) in &groups {
        let months: Vec<Option<Month>> = promises.iter().map(Promise::deadline).collect();
        assert!(months.windows(2).all(|w| w[0] <= w[1]), "{year:?}: months in order");
        assert!(promises.iter().all(|p| p.deadline().map(|m| m.year) == *year));
    }
    assert!(groups.iter().flat_map(|(_, p)| p).any(|p| matches!(p, Promise::Commitment(_))), "commitments are listed");
}

#[test]
fn equal_deadlines_keep_document_order_figures_first() {
    let goals: Vec<&Figure> = data().figures.iter().collect();
    let commitments: Vec<&Commitment> = data().commitments.iter().collect();
    let listed: Vec<Promise> = by_deadline(&goals, &commitments, &[]).into_iter().flat_map(|(_, p)| p).collect();
    let place = |p: &Promise| match p {
        Promise::Goal(f) => (0, data().figures.iter().position(|x| x.id == f.id)),
        Promise::Commitment(c) => (1, data().commitments.iter().position(|x| x.id == c.id)),
        Promise::Planned(p) => (2, data().projects.iter().position(|x| x.id == p.id)),
    };
    let mut ties = 0;
    for pair in listed.windows(2) {
        if pair[0].deadline() == pair[1].deadline() {
            ties += 1;
            assert!(place(&pair[0]) < place(&pair[1]), "{:?} before {:?}", place(&pair[0]), place(&pair[1]));
        }
    }
    assert!(ties > 20, "the data has many promises due at the same time: {ties}");
}

#[test]
fn a_passed_deadline_without_a_report_says_so_and_nothing_more() {
    let passed = commitment("2026-06", None);
    assert_eq!(outcome(data(), &Promise::Commitment(&passed), TODAY), Outcome::PassedUnreported);
    let this_month = commitment("2026-12", None);
    assert_eq!(outcome(data(), &Promise::Commitment(&this_month), TODAY), Outcome::Open, "December is not over");
    let this_year = commitment("2026", None);
    assert_eq!(outcome(data(), &Promise::Commitment(&this_year), TODAY), Outcome::Open);
    let last_year = commitment("2025", None);
    assert_eq!(outcome(data(), &Promise::Commitment(&last_year), TODAY), Outcome::PassedUnreported);
    let completed = data().projects.iter().find(|p| p.status == Status::Completed).expect("a completed project");
    let done = commitment("2025-12", Some(completed.id));
    assert_eq!(outcome(data(), &Promise::Commitment(&done), TODAY), Outcome::ReportedDone, "its project is done");
    let ongoing = data().projects.iter().find(|p| p.status == Status::Ongoing).expect("an ongoing project");
    let not_done = commitment("2025-12", Some(ongoing.id));
    assert_eq!(outcome(data(), &Promise::Commitment(&not_done), TODAY), Outcome::PassedUnreported);
}

#[test]
fn a_target_is_reported_done_only_when_an_achievement_reaches_it() {
    // Pingdingshan's 100 back alleys planned for 2025, of which the report gives 76 done.
    let plan = figure("pds25-f025");
    assert_eq!((plan.kind, plan.year), (FigureKind::Plan, Some(2025)));
    assert_eq!(outcome(data(), &Promise::Goal(plan), TODAY), Outcome::PassedUnreported, "76 of 100 is not done");
    let reached = Figure { value: 76.0, ..*plan };
    assert_eq!(outcome(data(), &Promise::Goal(&reached), TODAY), Outcome::ReportedDone);
    let later = Figure { year: Some(2027), scope: Scope::By, ..*plan };
    assert_eq!(outcome(data(), &Promise::Goal(&later), TODAY), Outcome::Open);
}

#[test]
fn a_goals_latest_report_gives_its_share_and_its_date_never_done_beside_not_reported() {
    let (plan, done) = (figure("pds25-f025"), figure("pds25-f026"));
    assert_eq!(progress_of(data(), plan).map(|f| f.id), Some(done.id));
    assert_eq!(progress_label(data(), done, plan, Lang::Zh), "最新报告：76条，目标100条（截至2025年10月9日）");
    assert_eq!(progress_label(data(), done, plan, Lang::En), "Latest report: 76 of 100 alleys, as of 9 October 2025");
    for lang in [Lang::Zh, Lang::En] {
        let now = ViewState { view: View::Promises, lang, ..ViewState::default() };
        let item = promise_item_html(data(), &Promise::Goal(plan), TODAY, &now);
        assert!(item.contains(&escape(&progress_label(data(), done, plan, lang))), "{item}");
        assert!(item.contains(PASSED_UNREPORTED.get(lang)), "{item}");
        for done_words in ["已报告完成", "Reported done", REPORTED_DONE.get(lang)] {
            assert!(!item.contains(done_words), "{done_words}: {item}");
        }
    }
}

#[test]
fn deadlines_read_as_the_documents_put_them() {
    let cases = [
        ("2026-06", "2026年6月底前", "by the end of June 2026"),
        ("2026-12", "2026年底前", "by the end of December 2026"),
        ("2027", "到2027年", "by 2027"),
        ("2026-04-30", "2026年4月30日前", "by 30 April 2026"),
    ];
    for (deadline, zh, en) in cases {
        let c = commitment(deadline, None);
        assert_eq!((deadline_label(&c, Lang::Zh).as_str(), deadline_label(&c, Lang::En).as_str()), (zh, en));
    }
}

#[test]
fn a_day_count_gives_its_calendar_month() {
    use renewal_explorer::core::promises::Month;
    let cases = [(0, 1970, 1), (31, 1970, 2), (59, 1970, 3), (11016, 2000, 2), (11017, 2000, 3), (11018, 2000, 3)];
    for (day, year, month) in cases {
        assert_eq!(Month::of_unix_day(day), Month { year, month }, "day {day}");
    }
    // 2026-12-06 and the last day of 2026.
    assert_eq!(Month::of_unix_day(20_793), Month { year: 2026, month: 12 });
    assert_eq!(Month::of_unix_day(20_818), Month { year: 2026, month: 12 });
    assert_eq!(Month::of_unix_day(20_819), Month { year: 2027, month: 1 });
    assert_eq!(Month::of_unix_day(-1), Month { year: 1969, month: 12 });
}

#[test]
fn a_long_undated_list_after_dated_ones_comes_folded_with_its_count_and_a_short_or_lone_one_does_not() {
    let goals: Vec<&Figure> =
        data().figures.iter().filter(|f| matches!(f.kind, FigureKind::Target | FigureKind::Plan)).collect();
    let commitments: Vec<&Commitment> = data().commitments.iter().collect();
    let planned: Vec<&Project> = data().projects.iter().filter(|p| p.status == Status::Planned).collect();
    let groups = by_deadline(&goals, &commitments, &planned);
    let undated = groups.last().filter(|(year, _)| year.is_none()).map(|(_, p)| p.len()).expect("an undated group");
    assert!(
        undated > UNDATED_UNFOLDED_MAX && groups.len() > 1,
        "the data has dated groups and many undated: {undated}"
    );
    let zh = ViewState::default();
    let en = ViewState { lang: Lang::En, ..ViewState::default() };

    let html = deadline_groups_html(data(), &groups, 3, TODAY, &zh);
    let folded = html.split(r#"<details class="undated""#).nth(1).expect("the undated list is folded");
    assert!(folded.contains(&format!("列出全部 {undated} 项")), "its toggle gives its count");
    assert_eq!(folded.matches("<li ").count(), undated, "every undated promise inside the fold, no dated one");
    assert_eq!(html.matches("<details class=\"undated\"").count(), 1, "only the undated group is folded");
    assert!(deadline_groups_html(data(), &groups, 3, TODAY, &en).contains(&format!("Show all {undated}")));

    let short: Vec<_> = groups
        .iter()
        .map(|(year, p)| (*year, if year.is_none() { p[..UNDATED_UNFOLDED_MAX].to_vec() } else { p.clone() }))
        .collect();
    assert!(!deadline_groups_html(data(), &short, 3, TODAY, &zh).contains("undated"), "a short list stays open");
    let lone = vec![groups.last().cloned().expect("undated")];
    assert!(!deadline_groups_html(data(), &lone, 3, TODAY, &zh).contains("undated"), "nothing dated: all of it shown");
}
