//! Writes a prerendered page: Trunk's `index.html` as the template, with the page's `<html>`
//! attributes, its `<title>` and `<meta>` descriptions in its language, asset addresses relative
//! to where the page sits, and the rendered view in `<body>`.

use renewal_explorer::core::markup::escape;
use renewal_explorer::core::page::APP_ID;
use renewal_explorer::prerender::Rendered;

/// The `<meta>` tags that describe the page to search engines and link previews, and which of
/// the page's texts each takes.
const METAS: [(&str, Text); 7] = [
    ("name=\"description\"", Text::Description),
    ("property=\"og:title\"", Text::Title),
    ("property=\"og:description\"", Text::Description),
    ("property=\"og:locale\"", Text::Locale),
    ("property=\"og:locale:alternate\"", Text::OtherLocale),
    ("name=\"twitter:title\"", Text::Title),
    ("name=\"twitter:description\"", Text::Description),
];

#[derive(Clone, Copy)]
enum Text {
    Title,
    Description,
    Locale,
    OtherLocale,
}

/// Where the failure notice names the file's own view, in Chinese and in English.
const OWN_VIEW_MARKS: [&str; 2] = ["<!--own-view-zh-->", "<!--own-view-en-->"];

/// Why the template cannot take a page.
#[derive(Debug, PartialEq, thiserror::Error)]
#[error("cannot hold a page: {0}")]
pub struct TemplateError(pub &'static str);

/// Fills the template for a rendered page. `cities` are the data's city ids, which the page's
/// first script needs to send an old address (`?view=charts&city=hebi`) to its page.
pub fn fill(template: &str, rendered: &Rendered, cities: &str) -> Result<String, TemplateError> {
    if template.contains(&format!("<div id=\"{APP_ID}\">")) {
        return Err(TemplateError("it already holds a rendered view: build dist/ again with trunk"));
    }
    let html_start = template.find("<html").ok_or(TemplateError("no <html> tag"))?;
    let html_end = html_start + template[html_start..].find('>').ok_or(TemplateError("unclosed <html> tag"))?;
    let html_tag = format!(
        "<html lang=\"{}\" class=\"{}\" data-page=\"{}\" data-root=\"{}\" data-cities=\"{}\" data-packs=\"{}\">",
        rendered.html_lang,
        escape(&rendered.classes),
        escape(&rendered.address),
        escape(&rendered.root),
        escape(cities),
        escape(&rendered.packs),
    );
    let mut out = format!("{}{html_tag}{}", &template[..html_start], &template[html_end + 1..]);

    let title_start = out.find("<title>").ok_or(TemplateError("no <title>"))?;
    let title_end = out[title_start..].find("</title>").ok_or(TemplateError("unclosed <title>"))? + title_start;
    out.replace_range(title_start + "<title>".len()..title_end, &escape(&rendered.title));

    for (meta, text) in METAS {
        let opening = format!("<meta {meta} content=\"");
        let Some(at) = out.find(&opening) else { continue };
        let start = at + opening.len();
        let end = out[start..].find('"').ok_or(TemplateError("unclosed <meta> content"))? + start;
        let value = match text {
            Text::Title => rendered.title.as_str(),
            Text::Description => rendered.description.as_str(),
            Text::Locale => rendered.locale.0,
            Text::OtherLocale => rendered.locale.1,
        };
        out.replace_range(start..end, &escape(value));
    }

    if !rendered.root.is_empty() {
        // Every address in the template is written `./…` (Trunk's public_url and index.html).
        for attribute in ["href", "src", "content"] {
            out = out.replace(&format!("{attribute}=\"./"), &format!("{attribute}=\"{}", rendered.root));
        }
    }

    out.rfind("</body>").ok_or(TemplateError("no </body>"))?;
    // The failure notice names what the file itself shows (see index.html).
    for (mark, name) in OWN_VIEW_MARKS.iter().zip(&rendered.own_view) {
        if !out.contains(mark) {
            return Err(TemplateError("no place for the page's own view in the failure notice"));
        }
        out = out.replace(mark, &escape(name));
    }
    // Last in the body: a reader without scripts sees the `<noscript>` note first.
    let body_end = out.rfind("</body>").ok_or(TemplateError("no </body>"))?;
    out.insert_str(body_end, &format!("<div id=\"{APP_ID}\">{}</div>\n", rendered.body));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><title>x</title>\
        <link rel=\"stylesheet\" href=\"./main-1.css\"><script type=\"module\" src=\"./loader-2.js\"></script></head>\n\
        <body>\n<div id=\"boot\"></div><p><a href=\"?\"><!--own-view-zh--></a><a href=\"?\"><!--own-view-en--></a></p><noscript><a href=\"./data/index.html\">data</a></noscript>\n</body>\n</html>\n";

    fn rendered(body: &str) -> Rendered {
        Rendered {
            body: body.into(),
            title: "A <b> · B".into(),
            html_lang: "en",
            locale: ("en_US", "zh_CN"),
            classes: "theme-auto embed".into(),
            description: "甲、乙 & \"丙\"".into(),
            own_view: ["图表 <1>".into(), "Chart <1>".into()],
            address: String::new(),
            root: String::new(),
            packs: "hebi".into(),
        }
    }

    fn at(address: &str, root: &str, body: &str) -> Rendered {
        Rendered { address: address.into(), root: root.into(), ..rendered(body) }
    }

    #[test]
    fn index_keeps_its_addresses_and_gets_the_view_in_the_body() {
        let page = fill(TEMPLATE, &rendered("<main>view</main>"), "hebi jiyuan").expect("fills");
        assert!(page.contains("<html lang=\"en\" class=\"theme-auto embed\" data-page=\"\" data-root=\"\" data-cities=\"hebi jiyuan\" data-packs=\"hebi\">"), "{page}");
        assert!(page.contains("<title>A &lt;b&gt; · B</title>"));
        assert!(page.contains("href=\"./main-1.css\"") && page.contains("src=\"./loader-2.js\""));
        assert!(page.contains("</noscript>\n<div id=\"app\"><main>view</main></div>\n</body>"), "{page}");
        assert!(page.contains("<a href=\"?\">图表 &lt;1&gt;</a><a href=\"?\">Chart &lt;1&gt;</a>"), "{page}");
        let without = TEMPLATE.replace("<!--own-view-en-->", "");
        assert!(fill(&without, &rendered("v"), "").is_err(), "the notice's place is required");
    }

    #[test]
    fn the_title_description_and_locale_are_the_page_s() {
        let template = TEMPLATE.replace(
            "<title>",
            "<meta name=\"description\" content=\"old\"><meta property=\"og:description\" content=\"old\">\
             <meta name=\"twitter:description\" content=\"old\"><meta property=\"og:title\" content=\"old\">\
             <meta name=\"twitter:title\" content=\"old\"><meta property=\"og:locale\" content=\"zh_CN\">\
             <meta property=\"og:locale:alternate\" content=\"en_US\"><title>",
        );
        let page = fill(&template, &rendered("v"), "").expect("fills");
        assert!(!page.contains("\"old\""), "{page}");
        assert_eq!(page.matches("content=\"甲、乙 &amp; &quot;丙&quot;\"").count(), 3, "{page}");
        assert_eq!(page.matches("content=\"A &lt;b&gt; · B\"").count(), 2, "{page}");
        assert!(page.contains("property=\"og:locale\" content=\"en_US\""), "{page}");
        assert!(page.contains("property=\"og:locale:alternate\" content=\"zh_CN\""), "{page}");
    }

    #[test]
    fn a_page_in_a_folder_reaches_assets_and_data_up_its_folders() {
        let page = fill(TEMPLATE, &at("en/charts/hebi/", "../../../", "<a href=\"./?q\">"), "").expect("fills");
        assert!(page.contains("data-page=\"en/charts/hebi/\" data-root=\"../../../\""), "{page}");
        assert!(page.contains("href=\"../../../main-1.css\"") && page.contains("src=\"../../../loader-2.js\""));
        assert!(page.contains("href=\"../../../data/index.html\""));
        assert!(page.contains("<a href=\"./?q\">"), "the rendered view's own links are left as rendered");
    }

    #[test]
    fn a_template_without_its_landmarks_is_refused() {
        assert_eq!(fill("<html><body></body>", &rendered(""), ""), Err(TemplateError("no <title>")));
        assert_eq!(fill("<title></title><body></body>", &rendered(""), ""), Err(TemplateError("no <html> tag")));
        assert_eq!(fill("<html><title></title><body>", &rendered(""), ""), Err(TemplateError("no </body>")));
        let once = fill(TEMPLATE, &rendered("v"), "").expect("fills");
        assert!(fill(&once, &rendered("v"), "").is_err(), "a page is never rendered twice");
    }
}
