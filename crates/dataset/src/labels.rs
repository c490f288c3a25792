//! The dataset's vocabulary in both languages: a language's own names, a city's name and blurb,
//! and the labels of categories, kinds, statuses, approximations and kinds of document.

use crate::model::{Approx, Category, City, FigureKind, Lang, SourceKind, Status};

/// A string in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Tr {
    pub const fn new(zh: &'static str, en: &'static str) -> Self {
        Tr { zh, en }
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// Picks the text of the active language from a zh/en pair of data fields.
pub fn pick(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    Tr::new(zh, en).get(lang)
}

impl Lang {
    /// The value for `<html lang>`.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The other language, for the switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The switch's label names the target language in that language.
    pub fn switch_label(self) -> &'static str {
        match self.other() {
            Lang::Zh => "中文",
            Lang::En => "English",
        }
    }
}

impl City {
    pub fn label(self) -> Tr {
        Tr::new(self.0.name_zh, self.0.name_en)
    }

    /// One line on what the city is, for the landing view.
    pub fn blurb(self) -> Tr {
        Tr::new(self.0.blurb_zh, self.0.blurb_en)
    }
}

impl Category {
    pub fn label(self) -> Tr {
        match self {
            Category::Planning => Tr::new("规划与机制", "Planning & governance"),
            Category::Transport => Tr::new("道路交通", "Roads & transport"),
            Category::Streets => Tr::new("街巷与市容", "Streets & cityscape"),
            Category::Housing => Tr::new("住房与老旧小区", "Housing & old compounds"),
            Category::Community => Tr::new("社区与公共服务", "Community services"),
            Category::Greening => Tr::new("园林绿化", "Parks & greening"),
            Category::Ecology => Tr::new("生态与水", "Ecology & water"),
            Category::Utilities => Tr::new("市政与安全韧性", "Utilities & resilience"),
            Category::Sanitation => Tr::new("环境卫生", "Sanitation"),
            Category::Smart => Tr::new("智慧治理", "Smart governance"),
            Category::Heritage => Tr::new("文化与文旅", "Heritage & tourism"),
            Category::Youth => Tr::new("青年发展", "Youth-friendly city"),
            Category::Industry => Tr::new("产业与创新", "Industry & innovation"),
            Category::Health => Tr::new("医疗健康", "Health"),
            Category::Rural => Tr::new("城乡融合", "Towns & villages"),
        }
    }
}

impl FigureKind {
    pub fn label(self) -> Tr {
        match self {
            FigureKind::Achieved => Tr::new("已完成", "Achieved"),
            FigureKind::Target => Tr::new("目标", "Target"),
            FigureKind::Plan => Tr::new("计划", "Planned"),
            FigureKind::Baseline => Tr::new("基数", "Baseline"),
            FigureKind::Change => Tr::new("变化", "Change"),
            FigureKind::Fact => Tr::new("现状", "Fact"),
        }
    }
}

impl Status {
    pub fn label(self) -> Tr {
        match self {
            Status::Completed => Tr::new("已完成", "Completed"),
            Status::Ongoing => Tr::new("进行中", "Ongoing"),
            Status::Planned => Tr::new("计划中", "Planned"),
            Status::Unknown => Tr::new("状态未知", "Status unknown"),
        }
    }
}

impl Approx {
    /// Written before the value: "超 18.7 亿元" / "more than 18.7".
    pub fn label(self) -> Tr {
        match self {
            Approx::MoreThan => Tr::new("超过", "more than"),
            Approx::About => Tr::new("约", "about"),
            Approx::AtLeast => Tr::new("不低于", "at least"),
        }
    }
}

impl SourceKind {
    pub fn label(self) -> Tr {
        match self {
            SourceKind::Report => Tr::new("新闻报道", "News report"),
            SourceKind::Plan => Tr::new("行动计划", "Action plan"),
            SourceKind::Policy => Tr::new("政策文件", "Policy document"),
            SourceKind::Press => Tr::new("新闻发布会", "Press conference"),
        }
    }
}
