//! The frame of the pages the build writes as plain HTML (a document's reading page, a figure's
//! or a promise's page): readable without JavaScript, styled by `data/page.css`, with the page's
//! own language, title, description and `og:` tags, and a way back to the explorer.

use renewal_dataset::model::Lang;
use renewal_explorer::core::markup::escape as esc;

/// What a page says about itself.
pub struct Head<'a> {
    pub lang: Lang,
    /// The page's path below `dist/` (`sources/jy-plan-2025.html`).
    pub path: &'a str,
    /// The same page in the other language, below `dist/`.
    pub other_language: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    /// A stylesheet of the page's own, below `dist/` (a document's marks).
    pub stylesheet: Option<&'a str>,
    /// The explorer's icon in `dist/`, if there is one.
    pub favicon: Option<&'a str>,
    /// Loads `copy.js` (copy buttons).
    pub copy_buttons: bool,
}

/// The way from a page back to `dist/`: `../` for each folder it sits in.
pub fn root_of(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// A page in the other language's folder: `en/…` for a Chinese page's path, and back.
pub fn in_language(path: &str, lang: Lang) -> String {
    let bare = path.strip_prefix("en/").unwrap_or(path);
    match lang {
        Lang::Zh => bare.to_string(),
        Lang::En => format!("en/{bare}"),
    }
}

pub fn page(head: &Head<'_>, body: &str) -> String {
    let root = root_of(head.path);
    let zh = head.lang == Lang::Zh;
    let (html_lang, locale) = if zh { ("zh-CN", "zh_CN") } else { ("en", "en_US") };
    let site = if zh { "河南城市更新数据浏览" } else { "Henan Urban Renewal Explorer" };
    let explorer = if zh { root.clone() } else { format!("{root}en/") };
    let (data, other) = if zh { ("数据一览", "English") } else { ("All data", "中文") };
    let other_lang = if zh { "en" } else { "zh-CN" };
    let icon = head
        .favicon
        .map(|f| format!(r#"<link rel="icon" type="image/svg+xml" href="{root}{}">"#, esc(f)))
        .unwrap_or_default();
    let own_css =
        head.stylesheet.map(|css| format!(r#"<link rel="stylesheet" href="{root}{}">"#, esc(css))).unwrap_or_default();
    let script =
        if head.copy_buttons { format!(r#"<script src="{root}copy.js" defer></script>"#) } else { String::new() };
    let (title, description) = (esc(head.title), esc(head.description));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{html_lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">{icon}\
         <link rel=\"stylesheet\" href=\"{root}data/page.css\">{own_css}{script}\
         <title>{title} · {site}</title><meta name=\"description\" content=\"{description}\">\
         <meta property=\"og:type\" content=\"article\"><meta property=\"og:site_name\" content=\"{site}\">\
         <meta property=\"og:title\" content=\"{title}\"><meta property=\"og:description\" content=\"{description}\">\
         <meta property=\"og:locale\" content=\"{locale}\"><meta name=\"twitter:card\" content=\"summary\">\
         </head><body>\n\
         <header class=\"site\"><a href=\"{explorer}\">{site}</a> · <a href=\"{root}data/\">{data}</a> · \
         <a href=\"{root}{}\" lang=\"{other_lang}\" hreflang=\"{other_lang}\">{other}</a></header>\n<main>\n{body}</main></body></html>\n",
        esc(head.other_language),
    )
}

/// A text to copy, in a read-only field, with its copy button (`copy.js`; without JavaScript
/// the field can still be selected by hand).
pub fn copy_field(id: &str, label: &str, text: &str, lang: Lang) -> String {
    let (copy, done, fail) = if lang == Lang::Zh {
        ("复制", "已复制", "请手动复制")
    } else {
        ("Copy", "Copied", "Copy it by hand")
    };
    format!(
        r#"<div class="copy"><label for="{id}">{}</label><textarea id="{id}" readonly rows="3">{}</textarea><button type="button" data-copy="{id}" data-done="{done}" data-fail="{fail}">{copy}</button> <span data-copy-status role="status"></span></div>"#,
        esc(label),
        esc(text),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_knows_its_way_back_and_its_other_language() {
        assert_eq!(root_of("sources/a.html"), "../");
        assert_eq!(root_of("en/figures/a.html"), "../../");
        assert_eq!(in_language("figures/a.html", Lang::En), "en/figures/a.html");
        assert_eq!(in_language("en/figures/a.html", Lang::Zh), "figures/a.html");
    }

    #[test]
    fn the_frame_carries_language_title_description_and_escapes_them() {
        let head = Head {
            lang: Lang::En,
            path: "en/figures/x.html",
            other_language: "figures/x.html",
            title: "Parks <b>",
            description: "48.79% \"as of\" 2025",
            stylesheet: None,
            favicon: None,
            copy_buttons: true,
        };
        let html = page(&head, "<p>body</p>");
        assert!(html.contains(r#"<html lang="en">"#));
        assert!(html.contains(r#"<meta property="og:title" content="Parks &lt;b&gt;">"#), "{html}");
        assert!(html.contains(r#"content="48.79% &quot;as of&quot; 2025""#), "{html}");
        assert!(html.contains(r#"href="../../data/page.css""#));
        assert!(html.contains(r#"<script src="../../copy.js" defer></script>"#));
        assert!(html.contains(r#"<a href="../../figures/x.html" lang="zh-CN" hreflang="zh-CN">中文</a>"#), "{html}");
        assert!(html.contains(r#"<a href="../../en/">Henan Urban Renewal Explorer</a>"#));
    }
}
