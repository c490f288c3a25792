//! The rows put back together (`core::dataset`): enums and years from the arrays `build.rs`
//! wrote, identities and links from the program's own texts, the rest from the packs at hand.

use super::*;

/// The rows of a pack: positions of its figures, projects and dated promises in their tables.
pub(super) fn pack_rows(pack: Pack) -> (Vec<usize>, Vec<usize>, Vec<usize>) {
    if pack == LANDING {
        return (LANDING_FIGURES.iter().map(|&i| usize::from(i)).collect(), vec![], vec![]);
    }
    let of = |cities: &[u8]| -> Vec<usize> { (0..cities.len()).filter(|&i| usize::from(cities[i]) == pack).collect() };
    (of(&F_CITY), of(&P_CITY), of(&C_CITY))
}

/// `text` cut apart by the byte lengths `build.rs` wrote for it; empty texts where the text is
/// missing (a language not handed over).
pub(super) fn cut(text: &'static str, lengths: &'static [u16]) -> impl Iterator<Item = &'static str> {
    let mut at = 0;
    lengths.iter().map(move |&len| {
        let end = at + usize::from(len);
        // Lengths are byte lengths of whole strings written by build.rs, so `get` succeeds on the
        // text they were written for.
        let piece = text.get(at..end).unwrap_or_default();
        at = end;
        piece
    })
}

/// One column of a pack: `set` on each of its rows (at the positions `at`), in order.
fn for_rows<T>(rows: &mut [T], at: &[usize], mut set: impl FnMut(&mut T)) {
    for &i in at {
        set(&mut rows[i]);
    }
}

/// Sets a row's text of one language: its Chinese or its English field.
fn set_in(lang: Lang, zh: &mut &'static str, en: &mut &'static str, text: &'static str) {
    if lang == Lang::Zh {
        *zh = text;
    } else {
        *en = text;
    }
}

/// Builds the rows: enums and years from their arrays, identities and links from the wasm's own
/// texts (`TEXT`), then the texts of each pack `texts` has, in the order `build.rs` wrote them
/// (`pack_text_order`). A row no pack held has empty texts: only the views whose packs are held
/// are shown (`core::packs::packs_for`).
pub fn assemble(texts: &dyn Fn(Pack, Lang) -> Option<&'static str>) -> Dataset {
    // Indices written by build.rs into its own table of cities.
    let city = |index: u8| CITIES[usize::from(index)];
    let mut skeleton = cut(TEXT, &TEXT_LEN);
    let mut next = move || skeleton.next().unwrap_or_default();

    let sources: Vec<Source> = (0..SOURCE_COUNT)
        .map(|i| Source {
            id: next(),
            published: next(),
            title_zh: next(),
            publisher_zh: next(),
            title_en: next(),
            publisher_en: next(),
            city: city(S_CITY[i]),
            kind: S_KIND[i],
        })
        .collect();
    let source_ids: Vec<&'static str> = sources.iter().map(|s| s.id).collect();
    let source_id = |index: u8| source_ids.get(usize::from(index)).copied().unwrap_or_default();
    let mut figures: Vec<Figure> = (0..FIGURE_COUNT)
        .map(|i| Figure {
            id: next(),
            metric_key: non_empty(next()),
            project_id: non_empty(next()),
            value_text: "",
            value: 0.0,
            baseline_text: None,
            baseline_value: None,
            unit_zh: "",
            unit_en: "",
            city: city(F_CITY[i]),
            category: F_CATEGORY[i],
            kind: F_KIND[i],
            year: year_of_byte(F_YEAR[i]),
            scope: F_SCOPE[i],
            period_from: year_of_byte(F_PERIOD_FROM[i]),
            approx: F_APPROX[i],
            baseline_year: year_of_byte(F_BASELINE_YEAR[i]),
            source_id: source_id(F_SOURCE[i]),
            metric_zh: "",
            metric_en: "",
            quote: "",
            note_zh: "",
            note_en: "",
        })
        .collect();
    let mut projects: Vec<Project> = (0..PROJECT_COUNT)
        .map(|i| Project {
            id: next(),
            city: city(P_CITY[i]),
            category: P_CATEGORY[i],
            status: P_STATUS[i],
            source_id: source_id(P_SOURCE[i]),
            name_zh: "",
            name_en: "",
            summary_zh: "",
            summary_en: "",
            quote: "",
            note_zh: "",
            note_en: "",
        })
        .collect();
    let mut commitments: Vec<Commitment> = (0..COMMITMENT_COUNT)
        .map(|i| Commitment {
            id: next(),
            project_id: non_empty(next()),
            deadline: "",
            city: city(C_CITY[i]),
            category: C_CATEGORY[i],
            source_id: source_id(C_SOURCE[i]),
            text_zh: "",
            text_en: "",
            quote: "",
        })
        .collect();

    for pack in 0..PACK_COUNT {
        let (f, p, c) = pack_rows(pack);
        for &lang in Lang::ALL {
            let Some(text) = texts(pack, lang) else { continue };
            let mut pieces = text.split_terminator(END);
            let mut next = move || pieces.next().unwrap_or_default();
            for_rows(&mut figures, &f, |row| {
                // The number from the text it was written as (`decimal_value` reads every value
                // of the tables at build time).
                row.value_text = next();
                row.value = decimal_value(row.value_text).unwrap_or_default();
            });
            for_rows(&mut figures, &f, |row| {
                row.baseline_text = non_empty(next());
                row.baseline_value = row.baseline_text.and_then(decimal_value);
            });
            for_rows(&mut figures, &f, |row| row.unit_zh = next());
            for_rows(&mut figures, &f, |row| row.unit_en = next());
            for_rows(&mut figures, &f, |row| set_in(lang, &mut row.metric_zh, &mut row.metric_en, next()));
            for_rows(&mut figures, &f, |row| set_in(lang, &mut row.note_zh, &mut row.note_en, next()));
            for_rows(&mut projects, &p, |row| set_in(lang, &mut row.name_zh, &mut row.name_en, next()));
            for_rows(&mut projects, &p, |row| set_in(lang, &mut row.summary_zh, &mut row.summary_en, next()));
            for_rows(&mut projects, &p, |row| set_in(lang, &mut row.note_zh, &mut row.note_en, next()));
            for_rows(&mut commitments, &c, |row| row.deadline = next());
            for_rows(&mut commitments, &c, |row| set_in(lang, &mut row.text_zh, &mut row.text_en, next()));
            for_rows(&mut figures, &f, |row| row.quote = next());
            for_rows(&mut projects, &p, |row| row.quote = next());
            for_rows(&mut commitments, &c, |row| row.quote = next());
        }
    }
    Dataset {
        cities: &CITIES,
        city_names: CITY_NAMES,
        sources: sources.leak(),
        figures: figures.leak(),
        projects: projects.leak(),
        commitments: commitments.leak(),
    }
}
