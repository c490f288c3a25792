//! Every interface string in Chinese and English. Data text (names, metrics) comes from the CSVs.

use super::dataset::Dataset;
use super::model::Lang;
use super::url_state::View;

// A string in both languages and the vocabulary's labels live with the vocabulary.
pub use renewal_dataset::labels::{pick, Tr};

pub const PRODUCT_NAME: Tr = Tr::new("河南城市更新数据浏览", "Henan Urban Renewal Explorer");
pub const MAIN_NAV: Tr = Tr::new("主导航", "Main navigation");
pub const SWITCH_LANGUAGE: Tr = Tr::new("切换语言", "Switch language");
pub const CITIES_HEADING: Tr = Tr::new("各市概览", "The cities");
pub const SOURCES_HEADING: Tr = Tr::new("资料来源", "Sources");
pub const FOOTER_NOTE: Tr = Tr::new(
    "数据由公开文件逐条摘录，目标不等于已完成。",
    "Data extracted figure by figure from public documents; targets are not achievements.",
);
pub const DOCUMENTS: Tr = Tr::new("份文件", "documents");
pub const PROJECTS: Tr = Tr::new("个项目", "projects");
pub const FIGURES: Tr = Tr::new("项数据", "figures");
pub const NOTICE_HEADING: Tr =
    Tr::new("链接中有无法识别的部分，已忽略：", "Parts of the link were not understood and were ignored:");
pub const DISMISS: Tr = Tr::new("关闭提示", "Dismiss");
pub const ALL_CITIES: Tr = Tr::new("全部城市", "all cities");
pub const SKIP_TO_CONTENT: Tr = Tr::new("跳到主要内容", "Skip to content");

impl View {
    pub fn label(self) -> Tr {
        match self {
            View::Overview => Tr::new("概览", "Overview"),
            View::Projects => Tr::new("项目", "Projects"),
            View::Figures => Tr::new("数据表", "Figures"),
            View::Charts => Tr::new("图表", "Charts"),
            View::Compare => Tr::new("城市对比", "Compare"),
            View::Promises => Tr::new("目标承诺", "Promises"),
            View::About => Tr::new("关于与来源", "About & sources"),
        }
    }
}

/// The words around the data's city names (`Dataset::city_names`) in the header's tagline:
/// three parts in the view, so no text is put together in the browser.
pub const TAGLINE: [Tr; 2] = [
    Tr::new("", "Urban-renewal projects and indicators of "),
    Tr::new("城市更新项目与指标，每个数字都附原文出处。", " — every figure with its source sentence."),
];

/// The words around the data's city names in how to cite the explorer.
pub const CITATION: [Tr; 2] = [
    Tr::new("河南城市更新数据浏览（", "Henan Urban Renewal Explorer ("),
    Tr::new(
        "），数据摘自各市公开文件，引用时请同时注明原始文件。",
        "), data extracted from the cities' public documents; please also cite the original document.",
    ),
];

/// The names of `data`'s cities as a sentence lists them.
pub fn city_names(data: &Dataset) -> Tr {
    Tr::new(data.city_names.0, data.city_names.1)
}

/// `text` around the names of `data`'s cities, in one language.
pub fn around_cities(text: [Tr; 2], data: &Dataset, lang: Lang) -> String {
    format!("{}{}{}", text[0].get(lang), city_names(data).get(lang), text[1].get(lang))
}

/// The site's description in both languages (page `<meta>`s, the web app manifest).
pub fn site_description(data: &Dataset) -> String {
    format!("{} {}", around_cities(TAGLINE, data, Lang::Zh), around_cities(TAGLINE, data, Lang::En))
}

pub const FILTERS: Tr = Tr::new("筛选", "Filters");
pub const SEARCH_LABEL: Tr = Tr::new("搜索名称、指标、摘要", "Search names, metrics, summaries");
pub const SEARCH_PLACEHOLDER: Tr = Tr::new("如：公园、老旧小区", "e.g. park, old compounds");
pub const FILTER_CITY: Tr = Tr::new("城市", "City");
pub const FILTER_CATEGORY: Tr = Tr::new("类别", "Category");
pub const FILTER_KIND: Tr = Tr::new("数据类型", "Type of figure");
pub const FILTER_STATUS: Tr = Tr::new("项目状态", "Project status");
pub const CLEAR_ALL: Tr = Tr::new("清除全部筛选", "Clear all filters");
pub const NO_RESULTS: Tr = Tr::new("没有符合筛选条件的结果。", "Nothing matches these filters.");
pub const SOURCE: Tr = Tr::new("出处", "Source");
pub const QUOTED_FROM: Tr = Tr::new("原文摘自", "Quoted from");
pub const BACK_TO_LIST: Tr = Tr::new("← 返回项目列表", "← Back to the list");
pub const PROJECT_NOT_FOUND: Tr =
    Tr::new("没有找到这个项目，链接可能已过期。", "This project was not found; the link may be out of date.");
pub const LINKED_FIGURES: Tr = Tr::new("相关数据", "Figures");
pub const NO_LINKED_FIGURES: Tr =
    Tr::new("文件未给出该项目的具体数字。", "The document gives no figures for this project.");
pub const SHOW_MORE: Tr = Tr::new("显示更多", "Show more");
pub const HEADLINES: Tr = Tr::new("主要数据", "Headline figures");
pub const COL_CITY: Tr = Tr::new("城市", "City");
pub const COL_CATEGORY: Tr = Tr::new("类别", "Category");
pub const COL_METRIC: Tr = Tr::new("指标", "Metric");
pub const COL_VALUE: Tr = Tr::new("数值", "Value");
pub const COL_KIND: Tr = Tr::new("类型", "Type");
pub const COL_YEAR: Tr = Tr::new("时间", "Time");
pub const COL_SOURCE: Tr = Tr::new("出处", "Source");
pub const TABLE_CAPTION: Tr = Tr::new(
    "城市更新数据一览（数值与单位均照录原文）",
    "Urban-renewal figures (values and units as the documents give them)",
);
pub const SORT_HINT: Tr = Tr::new("点击列标题排序", "Select a column heading to sort");
pub const PROMISES_INTRO: Tr = Tr::new(
    "文件中提出的目标、计划与有期限的承诺，按完成期限排列。目标不等于已完成；期限已过而文件未报告完成的，只说明这一点。",
    "Targets, plans and dated commitments the documents set, by deadline. A target is not an achievement; where a deadline has passed and these documents report no completion, we say just that.",
);
pub const NO_DEADLINE: Tr = Tr::new("未注明期限", "No deadline stated");
pub const FOLD_UNDATED: Tr = Tr::new("收起", "Hide them");
pub const BY_DEADLINE: Tr = Tr::new("期限", "Deadline");
pub const ABOUT_INTRO: Tr = Tr::new(
    "本站数据由下列公开文件逐条人工摘录，每个数字都附有原文句子，数值与单位照录原文，不作换算或取整。目标、计划与已完成情况分开标注。",
    "The data is extracted by hand from the public documents listed below. Every figure carries its source sentence; values and units are copied as written, never converted or rounded. Targets, plans and achievements are kept apart.",
);
pub const DATASET_HEADING: Tr = Tr::new("数据集", "The dataset");
pub const CITE_HEADING: Tr = Tr::new("引用方式", "How to cite");
pub const DICTIONARY_HEADING: Tr = Tr::new("数据字典", "Data dictionary");
pub const DOWNLOADS_HEADING: Tr = Tr::new("下载数据", "Download the data");
pub const DOWNLOADS_NOTE: Tr = Tr::new(
    "CSV 文件带 UTF-8 BOM，可直接用 Excel 打开。",
    "The CSV files start with a UTF-8 BOM so Excel shows Chinese correctly.",
);
pub const COUNT_SOURCES: Tr = Tr::new("份来源文件", "source documents");

/// "12 个项目" / "12 projects".
pub fn count_projects(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{n} 个项目"),
        Lang::En if n == 1 => "1 project".into(),
        Lang::En => format!("{n} projects"),
    }
}

/// "另有 3 项" / "and 3 more".
pub fn and_more(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("另有 {n} 项"),
        Lang::En => format!("and {n} more"),
    }
}

/// "3 张图表" / "3 charts".
pub fn count_charts(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{n} 张图表"),
        Lang::En if n == 1 => "1 chart".into(),
        Lang::En => format!("{n} charts"),
    }
}

/// "12 项承诺" / "12 promises".
pub fn count_promises(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{n} 项目标与承诺"),
        Lang::En if n == 1 => "1 promise".into(),
        Lang::En => format!("{n} promises"),
    }
}

/// The toggle of a folded list of promises with no deadline: "列出全部 151 项" / "Show all 151".
pub fn show_undated(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("列出全部 {n} 项"),
        Lang::En => format!("Show all {n}"),
    }
}

/// "12 项数据" / "12 figures".
pub fn count_figures(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{n} 项数据"),
        Lang::En if n == 1 => "1 figure".into(),
        Lang::En => format!("{n} figures"),
    }
}
