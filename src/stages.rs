//! A view built over several tasks during the take-over. The app builds its copy of the page out
//! of sight before swapping it in (see `takeover`); a long list built in one go is one long task,
//! during which the page cannot answer a tap (Lighthouse counts it as blocking time). Parts of a
//! view marked with a stage are left out until the take-over reaches that stage, one stage per
//! task, and all are built before the swap, so the reader never sees a partial page.
//!
//! At build time (no stages in context) and once the take-over is done, everything is built at
//! once, exactly as without stages.

use leptos::prelude::*;

/// The stage a finished take-over is at: every part is built at once.
const DONE: usize = usize::MAX;

/// How far the take-over's building has got, and how many stages the view asked for.
#[derive(Clone, Copy)]
pub struct Stages {
    reached: RwSignal<usize>,
    wanted: StoredValue<usize>,
}

impl Stages {
    /// At the start of a take-over: only unstaged parts (stage 0) are built.
    pub fn first() -> Self {
        Self { reached: RwSignal::new(0), wanted: StoredValue::new(0) }
    }

    /// Lets the next stage be built (in this task's microtasks, where Leptos re-renders); false,
    /// and from then on everything is built at once, when no part waits for a later stage.
    pub fn advance(self) -> bool {
        let next = self.reached.get_untracked().saturating_add(1);
        if next > self.wanted.get_value() {
            self.reached.set(DONE);
            return false;
        }
        self.reached.set(next);
        true
    }
}

/// `build`'s view, built when the take-over reaches `stage` (at once where there is no take-over
/// under way). The wait reads the stages through a memo of this part's own scope, so a part
/// rebuilt later neither subscribes to the page-wide signal nor is built twice.
pub fn staged<V: IntoView + 'static>(stage: usize, build: impl Fn() -> V + Send + Sync + 'static) -> AnyView {
    staged_view(stage, Box::new(move || build().into_any()))
}

/// `staged` for one type of view: the waiting code is compiled once, not for every list.
fn staged_view(stage: usize, build: Box<dyn Fn() -> AnyView + Send + Sync>) -> AnyView {
    match use_context::<Stages>().filter(|s| s.reached.get_untracked() < stage) {
        None => build(),
        Some(stages) => {
            stages.wanted.update_value(|wanted| *wanted = (*wanted).max(stage));
            let ready = Memo::new(move |_| stages.reached.get() >= stage);
            (move || ready.get().then(&build)).into_any()
        }
    }
}

/// `items` in chunks of `per_stage`, each chunk built by `chunk` when the take-over reaches its
/// stage, the first at `first_stage`. A chunk is one view: a list's rows as one piece of markup
/// (parsed in one go) cost a task far less than the same rows built one by one.
pub fn in_stages<T: Clone + Send + Sync + 'static>(
    items: &[T],
    per_stage: usize,
    first_stage: usize,
    chunk: impl Fn(&[T]) -> AnyView + Clone + Send + Sync + 'static,
) -> Vec<AnyView> {
    items
        .chunks(per_stage.max(1))
        .enumerate()
        .map(|(i, items)| {
            let (items, chunk) = (items.to_vec(), chunk.clone());
            staged_view(first_stage + i, Box::new(move || chunk(&items)))
        })
        .collect()
}
