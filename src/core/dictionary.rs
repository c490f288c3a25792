//! The data dictionary shown on the About page: what each published column means.

use super::i18n::Tr;

/// (column, meaning) for `figures.csv`.
pub const FIGURE_COLUMNS: &[(&str, Tr)] = &[
    ("id", Tr::new("唯一编号", "Unique id")),
    ("city", Tr::new("城市：pingdingshan、jiyuan、hebi、jiaozuo", "City: pingdingshan, jiyuan, hebi, jiaozuo")),
    ("category", Tr::new("类别编号（15 类，见筛选）", "Category id (15 categories, as in the filters)")),
    (
        "metric_key",
        Tr::new(
            "跨城市可比指标的统一键，空表示不可比",
            "Shared key of a metric comparable across cities; empty if none",
        ),
    ),
    ("metric_zh / metric_en", Tr::new("指标名称", "What is measured")),
    ("value", Tr::new("数值，照录原文，单位见 unit", "The number exactly as the document gives it, in its unit")),
    ("unit_zh / unit_en", Tr::new("原文单位（如 亿元、万平方米）", "The document's unit (e.g. 100 million yuan)")),
    (
        "kind",
        Tr::new(
            "achieved 已完成 · target 目标 · plan 计划 · baseline 基数 · change 变化 · fact 现状",
            "achieved · target · plan · baseline · change · fact",
        ),
    ),
    ("year", Tr::new("数值对应年份；目标为完成期限", "Year the value holds for; for a target, its deadline")),
    (
        "approx",
        Tr::new(
            "more_than 超过/余 · about 约/近 · at_least 不低于/力争",
            "more_than (余/超) · about (约/近) · at_least (不低于/力争)",
        ),
    ),
    (
        "baseline_value / baseline_year",
        Tr::new("“由A到B”中的起始值与年份", "The starting value and year of a “from A to B” figure"),
    ),
    ("project_id", Tr::new("所属项目编号（见 projects.csv）", "The project it belongs to (projects.csv)")),
    ("source_id", Tr::new("来源文件编号（见 sources.csv）", "The source document (sources.csv)")),
    ("quote", Tr::new("包含该数字的原文句子，逐字照录", "The source sentence containing the figure, verbatim")),
];

/// (column, meaning) for `projects.csv`.
pub const PROJECT_COLUMNS: &[(&str, Tr)] = &[
    ("id", Tr::new("唯一编号", "Unique id")),
    ("name_zh / name_en", Tr::new("项目、工程、点位或任务名称", "Name of the project, programme, site or plan task")),
    (
        "status",
        Tr::new(
            "completed 已完成 · ongoing 进行中 · planned 计划中 · unknown 未知",
            "completed · ongoing · planned · unknown",
        ),
    ),
    ("summary_zh / summary_en", Tr::new("依据原文的简要说明", "A short summary faithful to the document")),
    ("source_id / quote", Tr::new("来源文件与逐字原文", "Source document and the verbatim sentence")),
];
