//! The rows of the lists and tables as markup: a figure, its source, a project card, a promise,
//! a row of the figures table. They are static for a language and a page, so they are written
//! here as strings (every text escaped, links by `links::nav_link`) and set as HTML by the
//! views: far less wasm than an element tree per kind of row, and tested natively. The same
//! markup serves the pages the build writes.

use super::dataset::{has_quote_en, quote_en, Dataset};
use super::display::{change_label, figure_note, scope_label, value_label};
use super::filter::{figures_of_project, progress_of};
use super::i18n::{self, pick, Tr};
use super::links::nav_link;
use super::markup::escape;
use super::model::{Commitment, Figure, FigureKind, Lang, Project};
use super::page::Page;
use super::promises::{
    deadline_label, outcome, progress_label, Month, Outcome, Promise, PASSED_UNREPORTED, REPORTED_DONE,
};
use super::url_state::{View, ViewState};

const READING_NOTE: Tr = Tr::new("阅读说明：", "Reading note: ");
const COMMITMENT: Tr = Tr::new("承诺（无具体数字）", "Commitment (no number)");
const PLANNED: Tr = Tr::new("计划中的项目", "Planned project");
const ROW_PAGE: Tr = Tr::new("本条页面", "Its own page");
const OUR_TRANSLATION: Tr = Tr::new("英文（本站翻译）", "English (the explorer's translation)");

/// A row, for the links to the pages the build writes for it: `root` is the page shown's way back
/// to the explorer's folder, `folder` the row's own pages (`figures`, `promises`; none for a
/// project, whose page is the explorer's own). Ids are checked by the build (`[a-z0-9-]`).
pub type RowLinks<'a> = (&'a str, Option<&'a str>, &'a str);

/// The quote (always Chinese, always verbatim), its document (a link to the quote's place in it),
/// the reading note where the row's label reads a garbled source differently, and a link to the
/// row's own page.
pub fn citation_html(
    data: &Dataset,
    quote: &str,
    source_id: &str,
    note: &str,
    lang: Lang,
    (root, folder, id): RowLinks<'_>,
) -> String {
    let en = if lang == Lang::En { "en/" } else { "" };
    let cite = data.source(source_id).map_or_else(String::new, |s| {
        format!(
            r#"<p class="cite">{} <a href="{root}{en}sources/{}.html#{id}" data-testid="in-document">{}</a> · {} · {}</p>"#,
            escape(i18n::QUOTED_FROM.get(lang)),
            escape(source_id),
            escape(pick(lang, s.title_zh, s.title_en)),
            escape(pick(lang, s.publisher_zh, s.publisher_en)),
            escape(s.published)
        )
    });
    // In the reader's language (the app holds that language's notes only).
    let note = match note {
        "" => String::new(),
        note => format!(
            r#"<p class="reading-note" data-testid="reading-note">{}{}</p>"#,
            escape(READING_NOTE.get(lang)),
            escape(note)
        ),
    };
    let own = folder.map_or_else(String::new, |f| {
        format!(r#"<p><a href="{root}{en}{f}/{id}.html" data-testid="row-page">{}</a></p>"#, ROW_PAGE.get(lang))
    });
    // The explorer's English, one tap away in English (filled when opened where the app has not
    // fetched the translations yet: `src/texts.rs`).
    let english = match lang {
        Lang::En if has_quote_en(data, id) => format!(
            r#"<details class="quote-en" data-testid="quote-en"><summary>{}</summary><p lang="en" data-quote-en="{}">{}</p></details>"#,
            escape(OUR_TRANSLATION.get(lang)),
            escape(id),
            escape(quote_en(data, id).unwrap_or_default())
        ),
        _ => String::new(),
    };
    format!(
        r#"<blockquote class="quote" lang="zh-CN" data-testid="quote">{}</blockquote>{english}{cite}{note}{own}"#,
        escape(quote)
    )
}

/// The citation behind a disclosure ("出处 / Source"): one tap away from every number.
pub fn source_html(data: &Dataset, quote: &str, source_id: &str, note: &str, lang: Lang, row: RowLinks<'_>) -> String {
    format!(
        r#"<details class="source"><summary data-testid="show-source">{}</summary>{}</details>"#,
        escape(i18n::SOURCE.get(lang)),
        citation_html(data, quote, source_id, note, lang, row)
    )
}

/// A label that keeps targets and plans visibly apart from achievements.
pub fn kind_badge_html(kind: FigureKind, lang: Lang) -> String {
    format!(r#"<span class="badge kind-{}">{}</span>"#, kind.id(), escape(kind.label().get(lang)))
}

/// A figure's value as the document gives it (or its change).
fn value_text(f: &Figure, lang: Lang) -> String {
    change_label(f, lang).unwrap_or_else(|| value_label(f, lang))
}

/// One figure as a list item: metric (with its city, where asked), value, kind, time, source;
/// `extra` (progress, a deadline note) inside the item, after its source.
pub fn figure_item_html(data: &Dataset, f: &Figure, show_city: bool, extra: &str, root: &str, lang: Lang) -> String {
    let city = if show_city { format!("{} · ", f.city.label().get(lang)) } else { String::new() };
    format!(
        r#"<li class="figure-item" data-testid="figure-item" data-kind="{}"><div class="figure-metric">{}{}</div><div class="figure-value">{}</div><div class="figure-meta">{}<span class="year" data-testid="figure-time">{}</span></div>{}{extra}</li>"#,
        f.kind.id(),
        escape(&city),
        escape(pick(lang, f.metric_zh, f.metric_en)),
        escape(&value_text(f, lang)),
        kind_badge_html(f.kind, lang),
        escape(&scope_label(data, f, lang)),
        figure_source_html(data, f, root, lang)
    )
}

/// A figure's source, with the links to its page and its place in its document.
fn figure_source_html(data: &Dataset, f: &Figure, root: &str, lang: Lang) -> String {
    let note = figure_note(f, lang);
    source_html(data, f.quote, f.source_id, &note, lang, (root, Some("figures"), f.id))
}

/// A list of figures, on a page whose way back to the explorer's folder is `root`.
pub fn figure_list_html(data: &Dataset, figures: &[&Figure], root: &str, lang: Lang) -> String {
    figures.iter().map(|f| figure_item_html(data, f, false, "", root, lang)).collect()
}

/// One row of the figures table; `data-label` names the column for the narrow-screen cards.
pub fn figure_row_html(data: &Dataset, f: &Figure, root: &str, lang: Lang) -> String {
    let cell = |label: Tr, class: &str, content: &str| {
        format!(r#"<td data-label="{}"{class}>{content}</td>"#, escape(label.get(lang)))
    };
    [
        format!(r#"<tr data-testid="figure-row" data-id="{}">"#, escape(f.id)),
        cell(i18n::COL_CITY, "", &escape(f.city.label().get(lang))),
        cell(i18n::COL_CATEGORY, "", &escape(f.category.label().get(lang))),
        cell(i18n::COL_METRIC, r#" class="metric""#, &escape(pick(lang, f.metric_zh, f.metric_en))),
        cell(i18n::COL_VALUE, r#" class="value""#, &escape(&value_text(f, lang))),
        cell(i18n::COL_KIND, "", &kind_badge_html(f.kind, lang)),
        cell(i18n::COL_YEAR, "", &escape(&scope_label(data, f, lang))),
        cell(i18n::COL_SOURCE, "", &figure_source_html(data, f, root, lang)),
        "</tr>".to_string(),
    ]
    .concat()
}

/// A project in the list: name (a link to its page), city, category, status, how many figures,
/// summary. `now` is the state shown (links are relative to its page and keep its filters).
pub fn project_card_html(data: &Dataset, p: &Project, now: &ViewState) -> String {
    let lang = now.lang;
    let to = ViewState { view: View::Projects, project: Some(p.id.to_string()), ..now.clone() };
    let figures = figures_of_project(data, p.id).len();
    let figures = if figures > 0 {
        format!("<span>{}</span>", escape(&i18n::count_figures(figures, lang)))
    } else {
        String::new()
    };
    format!(
        r#"<li class="project-card" data-testid="project-card" data-id="{}"><h3>{}</h3><p class="project-meta"><span>{}</span><span>{}</span><span class="status status-{}">{}</span>{figures}</p><p class="project-summary">{}</p></li>"#,
        escape(p.id),
        nav_link(data, now, &to, r#" data-testid="project-link""#, pick(lang, p.name_zh, p.name_en)),
        escape(p.city.label().get(lang)),
        escape(p.category.label().get(lang)),
        p.status.id(),
        escape(p.status.label().get(lang)),
        escape(pick(lang, p.summary_zh, p.summary_en))
    )
}

/// A project's page below its name: city, category and status, its summary, and its source.
pub fn project_about_html(data: &Dataset, p: &Project, root: &str, lang: Lang) -> String {
    format!(
        r#"<p class="project-meta"><span>{}</span><span>{}</span><span class="status status-{}">{}</span></p><p class="project-summary">{}</p><section class="project-source"><h3>{}</h3>{}</section>"#,
        escape(p.city.label().get(lang)),
        escape(p.category.label().get(lang)),
        p.status.id(),
        escape(p.status.label().get(lang)),
        escape(pick(lang, p.summary_zh, p.summary_en)),
        escape(i18n::SOURCE.get(lang)),
        citation_html(data, p.quote, p.source_id, pick(lang, p.note_zh, p.note_en), lang, (root, None, p.id))
    )
}

/// One promise as a list item: a target or plan (with its progress where the documents report
/// it), a dated commitment, or a planned project (a link to its page); with a plain note where
/// its deadline has passed with no report of completion, or where the documents report it done.
pub fn promise_item_html(data: &Dataset, promise: &Promise, today: Month, now: &ViewState) -> String {
    let lang = now.lang;
    let root = Page::for_state(data, now).root();
    let note = match outcome(data, promise, today) {
        Outcome::PassedUnreported => Some(("passed", PASSED_UNREPORTED)),
        Outcome::ReportedDone => Some(("done", REPORTED_DONE)),
        Outcome::Open => None,
    }
    .map_or_else(String::new, |(class, text)| {
        format!(r#"<p class="deadline-note {class}" data-testid="deadline-note">{}</p>"#, escape(text.get(lang)))
    });
    match promise {
        Promise::Goal(goal) => {
            let progress = progress_of(data, goal).map_or_else(String::new, |done| {
                format!(
                    r#"<p class="progress" data-testid="progress">{}</p>"#,
                    escape(&progress_label(data, done, goal, lang))
                )
            });
            figure_item_html(data, goal, true, &format!("{progress}{note}"), &root, lang)
        }
        Promise::Commitment(c) => commitment_html(data, c, &note, &root, lang),
        Promise::Planned(p) => {
            // The project's own page, which holds it in its HTML (no filters in the query).
            let to = ViewState { project: Some(p.id.to_string()), ..now.carried_to(View::Projects).without_filters() };
            format!(
                r#"<li class="figure-item commitment" data-testid="planned-project" data-kind="planned"><div class="figure-metric">{} · {}</div><div class="commitment-text">{}</div>{}</li>"#,
                escape(p.city.label().get(lang)),
                escape(PLANNED.get(lang)),
                nav_link(data, now, &to, r#" data-testid="project-link""#, pick(lang, p.name_zh, p.name_en)),
                source_html(data, p.quote, p.source_id, "", lang, (&root, None, p.id))
            )
        }
    }
}

/// A dated promise without a number: what, by when, and the sentence that says so.
fn commitment_html(data: &Dataset, c: &Commitment, note: &str, root: &str, lang: Lang) -> String {
    format!(
        r#"<li class="figure-item commitment" data-testid="commitment" data-kind="commitment" data-deadline="{}"><div class="figure-metric">{} · {}</div><div class="commitment-text">{}</div><div class="figure-meta"><span class="year" data-testid="deadline">{}</span></div>{}{note}</li>"#,
        escape(c.deadline),
        escape(c.city.label().get(lang)),
        escape(COMMITMENT.get(lang)),
        escape(pick(lang, c.text_zh, c.text_en)),
        escape(&deadline_label(c, lang)),
        source_html(data, c.quote, c.source_id, "", lang, (root, Some("promises"), c.id))
    )
}

/// An undated list longer than this comes folded (its count on the toggle) after dated groups:
/// the dated promises are what the view is for, and the four cities' 151 undated targets would
/// bury them — and, laid out, were half the Promises page's layout work on a phone.
pub const UNDATED_UNFOLDED_MAX: usize = 10;

/// Promises under a heading per deadline year (`level`: the heading's level), each group a list;
/// a long undated group after dated ones is folded (`UNDATED_UNFOLDED_MAX`).
pub fn deadline_groups_html(
    data: &Dataset,
    groups: &[(Option<u16>, Vec<Promise>)],
    level: u8,
    today: Month,
    now: &ViewState,
) -> String {
    let any_dated = any_dated(groups);
    groups.iter().map(|group| deadline_group_html(data, group, any_dated, level, today, now)).collect()
}

/// Whether any of these groups has a deadline (an undated group after them may be folded).
pub fn any_dated(groups: &[(Option<u16>, Vec<Promise>)]) -> bool {
    groups.iter().any(|(year, _)| year.is_some())
}

/// One group of `deadline_groups_html` (`after_dated`: dated groups come before it).
pub fn deadline_group_html(
    data: &Dataset,
    (year, promises): &(Option<u16>, Vec<Promise>),
    after_dated: bool,
    level: u8,
    today: Month,
    now: &ViewState,
) -> String {
    let lang = now.lang;
    let title = match year {
        Some(y) => format!("{} {y}", i18n::BY_DEADLINE.get(lang)),
        None => i18n::NO_DEADLINE.get(lang).to_string(),
    };
    let items: String = promises.iter().map(|p| promise_item_html(data, p, today, now)).collect();
    let list = format!(r#"<ul class="figure-list">{items}</ul>"#);
    let list = if year.is_none() && after_dated && promises.len() > UNDATED_UNFOLDED_MAX {
        format!(
            r#"<details class="undated" data-testid="undated"><summary><span class="when-closed">{}</span><span class="when-open">{}</span></summary>{list}</details>"#,
            escape(&i18n::show_undated(promises.len(), lang)),
            escape(i18n::FOLD_UNDATED.get(lang))
        )
    } else {
        list
    };
    format!(
        r#"<section class="deadline-group" data-testid="deadline-group"><p class="group-title" role="heading" aria-level="{level}">{}</p>{list}</section>"#,
        escape(&title)
    )
}
