//! The peer page of the browser timing benchmark (SPEC §4): what a newsroom would build with
//! Chart.js 4 from npm — the same figures as our landing chart (each city's projects by status)
//! as a stacked bar chart, a city select and a list of that city's projects. Written into a
//! folder next to a copy of Chart.js, and served the same way as `dist/`.

use renewal_explorer::core::chart::status::counts;
use renewal_explorer::core::dataset::data;
use renewal_explorer::core::model::Status;
use std::path::Path;

/// The drawing code; the data is put in front of it as `const DATA = …;`.
const SCRIPT: &str = r#"
const colours = { completed: '#1d6b34', ongoing: '#0b5cad', planned: '#8a4b00', unknown: '#767676' };
const chart = new Chart(document.getElementById('chart'), {
  type: 'bar',
  data: {
    labels: DATA.cities.map(c => c.name),
    datasets: DATA.statuses.map((s, i) => ({
      label: s.name, data: DATA.cities.map(c => c.counts[i]), backgroundColor: colours[s.id],
    })),
  },
  options: { indexAxis: 'y', animation: false, responsive: true, scales: { x: { stacked: true }, y: { stacked: true } } },
});
const select = document.getElementById('city');
const list = document.getElementById('list');
function show() {
  list.replaceChildren(...DATA.projects.filter(p => p.city === select.value).map(p => {
    const li = document.createElement('li'); li.textContent = p.name; return li;
  }));
}
select.addEventListener('change', show);
show();
requestAnimationFrame(() => document.getElementById('chart').setAttribute('data-drawn', ''));
"#;

/// A string literal JavaScript reads back (Rust's escapes, `\u{…}` included, are valid JS).
fn json_string(text: &str) -> String {
    format!("{text:?}")
}

/// Writes `index.html`, `peer.js` and Chart.js (from `chart_js`) into `folder`.
pub fn write(folder: &Path, chart_js: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(folder)?;
    std::fs::copy(chart_js, folder.join("chart.umd.min.js"))?;
    let projects: Vec<_> = data().projects.iter().collect();
    let rows = counts(data().cities, &projects);
    let cities: Vec<String> = rows
        .iter()
        .map(|(city, n)| {
            let counts: Vec<String> = n.iter().map(usize::to_string).collect();
            format!("{{\"name\":{},\"counts\":[{}]}}", json_string(city.label().zh), counts.join(","))
        })
        .collect();
    let statuses: Vec<String> = Status::ALL
        .iter()
        .map(|s| format!("{{\"id\":\"{}\",\"name\":{}}}", s.id(), json_string(s.label().zh)))
        .collect();
    let list: Vec<String> = data()
        .projects
        .iter()
        .map(|p| format!("{{\"city\":\"{}\",\"name\":{}}}", p.city.id(), json_string(p.name_zh)))
        .collect();
    let points = format!(
        "const DATA = {{\"cities\":[{}],\"statuses\":[{}],\"projects\":[{}]}};",
        cities.join(","),
        statuses.join(","),
        list.join(",")
    );
    std::fs::write(folder.join("peer.js"), format!("{points}\n{SCRIPT}"))?;
    let options: String =
        data().cities.iter().map(|c| format!("<option value=\"{}\">{}</option>", c.id(), c.label().zh)).collect();
    let page = format!(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Chart.js peer</title>\
         <link rel=\"icon\" href=\"data:,\"></head><body><h1>各市项目进展</h1>\
         <div data-testid=\"chart\"><canvas id=\"chart\" width=\"400\" height=\"220\"></canvas></div>\
         <label>城市 <select id=\"city\">{options}</select></label><ul id=\"list\"></ul>\
         <script src=\"chart.umd.min.js\"></script><script src=\"peer.js\"></script></body></html>"
    );
    std::fs::write(folder.join("index.html"), page)
}
