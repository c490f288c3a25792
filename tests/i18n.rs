//! The interface's words that change with a number or a language: counts with English plurals,
//! the language switch and `<html lang>`.
#![cfg(not(target_arch = "wasm32"))]

use renewal_explorer::core::i18n::{and_more, count_charts, count_figures, count_projects, count_promises};
use renewal_explorer::core::model::Lang;

#[test]
fn counts_read_naturally_in_both_languages_one_and_many() {
    type Count = fn(usize, Lang) -> String;
    let cases: [(Count, [&str; 3], [&str; 3]); 4] = [
        (count_projects, ["0 个项目", "1 个项目", "12 个项目"], ["0 projects", "1 project", "12 projects"]),
        (count_charts, ["0 张图表", "1 张图表", "12 张图表"], ["0 charts", "1 chart", "12 charts"]),
        (
            count_promises,
            ["0 项目标与承诺", "1 项目标与承诺", "12 项目标与承诺"],
            ["0 promises", "1 promise", "12 promises"],
        ),
        (count_figures, ["0 项数据", "1 项数据", "12 项数据"], ["0 figures", "1 figure", "12 figures"]),
    ];
    for (count, zh, en) in cases {
        for (n, (zh, en)) in [0, 1, 12].into_iter().zip(zh.into_iter().zip(en)) {
            assert_eq!(count(n, Lang::Zh), zh);
            assert_eq!(count(n, Lang::En), en);
        }
    }
    assert_eq!(and_more(3, Lang::Zh), "另有 3 项");
    assert_eq!(and_more(3, Lang::En), "and 3 more");
}

#[test]
fn the_switch_names_the_other_language_in_that_language_and_html_lang_follows() {
    assert_eq!((Lang::Zh.other(), Lang::En.other()), (Lang::En, Lang::Zh));
    assert_eq!(Lang::Zh.switch_label(), "English");
    assert_eq!(Lang::En.switch_label(), "中文");
    assert_eq!(Lang::Zh.html_lang(), "zh-CN");
    assert_eq!(Lang::En.html_lang(), "en");
}
