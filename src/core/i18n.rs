//! Every interface string in Chinese and English. Data text (names, metrics) comes from the CSVs.

use super::model::{Approx, Category, City, FigureKind, Lang, SourceKind, Status};
use super::url_state::View;

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

pub const PRODUCT_NAME: Tr = Tr::new("河南城市更新数据浏览", "Henan Urban Renewal Explorer");
pub const TAGLINE: Tr = Tr::new(
    "平顶山、济源、鹤壁、焦作四市城市更新项目与指标，每个数字都附原文出处。",
    "Urban-renewal projects and indicators of Pingdingshan, Jiyuan, Hebi and Jiaozuo — every figure with its source sentence.",
);
pub const MAIN_NAV: Tr = Tr::new("主导航", "Main navigation");
pub const SWITCH_LANGUAGE: Tr = Tr::new("切换语言", "Switch language");
pub const CITIES_HEADING: Tr = Tr::new("四座城市", "Four cities");
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

impl City {
    pub fn label(self) -> Tr {
        match self {
            City::Pingdingshan => Tr::new("平顶山", "Pingdingshan"),
            City::Jiyuan => Tr::new("济源", "Jiyuan"),
            City::Hebi => Tr::new("鹤壁", "Hebi"),
            City::Jiaozuo => Tr::new("焦作", "Jiaozuo"),
        }
    }

    /// One line on what the city is, for the landing view.
    pub fn blurb(self) -> Tr {
        match self {
            City::Pingdingshan => Tr::new(
                "豫中南老工业与资源型城市，从“煤城”走向“绿城”",
                "Former coal and industrial city in central-southern Henan",
            ),
            City::Jiyuan => Tr::new(
                "济源产城融合示范区，建造“精致城市”",
                "Industry-city integration demonstration zone building a \"refined city\"",
            ),
            City::Hebi => {
                Tr::new("豫北城市，城市管理“十四五”成绩单", "Northern Henan city with a record in city management")
            }
            City::Jiaozuo => {
                Tr::new("豫西北城市，推进“美好城市”建设", "Northwestern Henan city building a \"better city\"")
            }
        }
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
