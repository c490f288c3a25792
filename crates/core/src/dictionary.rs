//! The data dictionary shown on the About page: what each published column means.

use super::i18n::Tr;

/// (column, meaning) for `cities.csv`.
pub const CITY_COLUMNS: &[(&str, Tr)] = &[
    ("id", Tr::new("城市编号，用于其他表格和链接（city=）", "City id, used by the other tables and in links (city=)")),
    ("order", Tr::new("在筛选、概览、图例中的顺序", "Its place in filters, the overview and legends")),
    ("name_zh / name_en", Tr::new("城市名称", "The city's name")),
    ("blurb_zh / blurb_en", Tr::new("一句话介绍，用于首页", "One line on the city, for the landing view")),
    (
        "colour",
        Tr::new(
            "图表颜色 #rrggbb：在浅色与深色背景上对比度不低于 3:1，且与其他城市的颜色（含红绿色弱时）可区分",
            "Chart colour #rrggbb: at least 3:1 on the light and dark backgrounds, and told apart from every other city's, red-green colour blindness included",
        ),
    ),
];

/// (column, meaning) for `figures.csv`.
pub const FIGURE_COLUMNS: &[(&str, Tr)] = &[
    ("id", Tr::new("唯一编号", "Unique id")),
    ("city", Tr::new("城市编号，见 cities.csv", "City id, as listed in cities.csv")),
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
    (
        "year",
        Tr::new(
            "数值对应的年份：当年数值的年份、时期的末年、状态的日期所在年或目标的期限",
            "The year the value holds for: that year, the end of its period, the date of a state, or a target's deadline",
        ),
    ),
    (
        "scope",
        Tr::new(
            "时间范围：year 当年 · period 时期累计（period_from 至 year，如“五年”“十四五以来”“累计”）· as_of 截至某时的状态（比率、存量）· by 期限目标 · undated 原文未注明时间。时期累计从不当作一年的数值",
            "What time the value covers: year (that year's) · period (a total from period_from through year: 五年, “十四五”以来, 累计) · as_of (a state at a date: rates, stocks) · by (a target or plan by the deadline) · undated (the document gives no time). A period total is never shown as one year's work",
        ),
    ),
    ("period_from", Tr::new("时期累计的起始年份（仅 scope=period）", "The first year of a period total (scope period only)")),
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
    (
        "note_zh / note_en",
        Tr::new(
            "标签与原文（如识别错误的文字）读法不同时的说明：原文作何、为何这样读；原文照录不改",
            "Where the label reads a garbled source differently: what the source reads and why; the quote stays verbatim",
        ),
    ),
];

/// (column, meaning) for `projects.csv`.
pub const PROJECT_COLUMNS: &[(&str, Tr)] = &[
    ("id", Tr::new("唯一编号", "Unique id")),
    ("name_zh / name_en", Tr::new("项目、工程、点位或任务名称", "Name of the project, programme, site or plan task")),
    (
        "status",
        Tr::new(
            "按原文措辞、依次适用：completed 原文报告已完成（已完成、建成、投用、通车、落成，或成就报道中的过去完成事项）· ongoing 原文表述正在进行或持续（正在、在建、开工、加快实施、加快推进、持续、继续、坚持、深化、推进，或部分完成）· planned 原文表述将来要做（将、计划、拟、力争、谋划、到某年，或规划文件中尚未开始的新任务：建设、打造、新建、实施）· unknown 原文未说明",
            "By the document's wording, first rule that applies: completed — reported done (已完成, 建成, 投用, 通车, 落成, or a past achievement in a results report) · ongoing — under way or continuing (正在, 在建, 开工, 加快实施/推进, 持续, 继续, 坚持, 深化, 推进, or partly done) · planned — a future action (将, 计划, 拟, 力争, 谋划, a future deadline, or a plan's new task not yet begun: 建设, 打造, 新建, 实施) · unknown — the wording does not say",
        ),
    ),
    ("summary_zh / summary_en", Tr::new("依据原文的简要说明，不多于原文", "A short summary that says no more than the document")),
    ("source_id / quote", Tr::new("来源文件与逐字原文", "Source document and the verbatim sentence")),
    ("note_zh / note_en", Tr::new("名称与原文读法不同时的说明", "Where the name reads a garbled source differently")),
];

/// (column, meaning) for `commitments.csv`.
pub const COMMITMENT_COLUMNS: &[(&str, Tr)] = &[
    ("id", Tr::new("唯一编号", "Unique id")),
    ("city / category", Tr::new("城市与类别", "City and category")),
    ("text_zh / text_en", Tr::new("承诺的内容（原文无具体数字）", "What is promised (the document gives no number)")),
    (
        "deadline",
        Tr::new(
            "期限：YYYY、YYYY-MM 或 YYYY-MM-DD，与原文一样精确（“年底前”→ 12 月；年份须见于原文）",
            "Deadline: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the document (“年底前” → December; the year must be in the quote)",
        ),
    ),
    ("project_id", Tr::new("所属项目编号（见 projects.csv）", "The project it belongs to (projects.csv)")),
    ("source_id / quote", Tr::new("来源文件与逐字原文", "Source document and the verbatim sentence")),
];
