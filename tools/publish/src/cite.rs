//! Citations of a source document and of the dataset: GB/T 7714-2015 (the Chinese standard,
//! type codes [N] newspaper, [Z] other document, [DS] data set) and APA 7 (an original title in
//! Chinese is followed by its English translation in square brackets).

use renewal_dataset::model::{Source, SourceKind};
use renewal_explorer::core::display::MONTHS;

/// The dataset's name, as cited.
pub const DATASET_ZH: &str = "河南城市更新数据集（平顶山、济源、鹤壁、焦作）";
pub const DATASET_EN: &str = "Henan urban renewal dataset (Pingdingshan, Jiyuan, Hebi, Jiaozuo)";
pub const PUBLISHER_ZH: &str = "河南城市更新数据浏览";
pub const PUBLISHER_EN: &str = "Henan Urban Renewal Explorer";

/// A newspaper piece (report, press conference) or an issued document (plan, policy).
fn is_newspaper(kind: SourceKind) -> bool {
    matches!(kind, SourceKind::Report | SourceKind::Press)
}

/// GB/T 7714-2015: a newspaper piece by its title (no named author) and paper, an issued document
/// by the organ that issued it; the original address when known, as [N/OL] or [Z/OL].
pub fn gbt_source(s: &Source, origin_url: &str) -> String {
    let online = if origin_url.is_empty() { "" } else { "/OL" };
    let address = if origin_url.is_empty() { String::new() } else { format!(" {origin_url}.") };
    if is_newspaper(s.kind) {
        format!("{}[N{online}]. {}, {}.{address}", s.title_zh, s.publisher_zh, s.published)
    } else {
        format!("{}. {}[Z{online}]. {}.{address}", s.publisher_zh, s.title_zh, s.published)
    }
}

/// "2025, October 9", "2025, October" or "2025": APA's date from `YYYY[-MM[-DD]]`.
fn apa_date(published: &str) -> String {
    let mut parts = published.split('-');
    let year = parts.next().unwrap_or_default();
    let month = parts.next().and_then(|m| m.parse::<usize>().ok()).and_then(|m| MONTHS.get(m.wrapping_sub(1)));
    let day = parts.next().and_then(|d| d.parse::<u8>().ok());
    match (month, day) {
        (Some(m), Some(d)) => format!("{year}, {m} {d}"),
        (Some(m), None) => format!("{year}, {m}"),
        _ => year.to_string(),
    }
}

/// APA 7: a newspaper piece with no named author leads with its title; an issued document with
/// the organ that issued it (its name in English).
pub fn apa_source(s: &Source, origin_url: &str) -> String {
    let address = if origin_url.is_empty() { String::new() } else { format!(" {origin_url}") };
    let date = apa_date(s.published);
    if is_newspaper(s.kind) {
        format!("{} [{}]. ({date}). {}.{address}", s.title_zh, s.title_en, s.publisher_en)
    } else {
        format!("{}. ({date}). {} [{}].{address}", s.publisher_en, s.title_zh, s.title_en)
    }
}

/// GB/T 7714-2015 for the dataset, with its version (`dataset_version`).
pub fn gbt_dataset(version: &str) -> String {
    let year = version.get(..4).unwrap_or(version);
    format!("{PUBLISHER_ZH}. {DATASET_ZH}[DS]. 版本 {version}. {year}.")
}

/// APA 7 for the dataset, with its version.
pub fn apa_dataset(version: &str) -> String {
    let year = version.get(..4).unwrap_or(version);
    format!("{PUBLISHER_EN}. ({year}). {DATASET_EN} (Version {version}) [Data set].")
}

#[cfg(test)]
mod tests {
    use super::*;
    use renewal_explorer::core::dataset::data;

    fn source(id: &str) -> Source {
        *data().source(id).expect("a source of the dataset")
    }

    #[test]
    fn a_newspaper_piece_is_cited_by_title_and_paper_an_issued_document_by_its_organ() {
        let report = source("hb-report-2025");
        assert_eq!(gbt_source(&report, ""), "鹤壁市城市管理系统“十四五”发展成就巡礼[N]. 鹤壁日报, 2025.");
        assert_eq!(
            apa_source(&report, ""),
            "鹤壁市城市管理系统“十四五”发展成就巡礼 [Hebi city management: achievements of the 14th Five-Year Plan]. (2025). Hebi Daily."
        );
        let plan = source("jz-opinions-2024");
        assert_eq!(
            gbt_source(&plan, "https://example.org/a"),
            "中共焦作市委 焦作市人民政府. 中共焦作市委 焦作市人民政府关于推进美好城市建设的实施意见[Z/OL]. 2024-10-28. https://example.org/a."
        );
        assert!(apa_source(&plan, "").starts_with(
            "CPC Jiaozuo Municipal Committee and Jiaozuo Municipal Government. (2024, October 28). 中共焦作市委"
        ));
    }

    #[test]
    fn apa_dates_keep_the_document_s_precision() {
        assert_eq!(apa_date("2025-10-09"), "2025, October 9");
        assert_eq!(apa_date("2025-12"), "2025, December");
        assert_eq!(apa_date("2024"), "2024");
    }

    #[test]
    fn the_dataset_is_cited_with_its_version_and_year() {
        assert_eq!(
            gbt_dataset("2026-12-07+ab12cd34"),
            format!("{PUBLISHER_ZH}. {DATASET_ZH}[DS]. 版本 2026-12-07+ab12cd34. 2026.")
        );
        assert!(apa_dataset("2026-12-07+ab12cd34").contains("(2026). Henan urban renewal dataset (Pingdingshan, Jiyuan, Hebi, Jiaozuo) (Version 2026-12-07+ab12cd34) [Data set]."));
    }
}
