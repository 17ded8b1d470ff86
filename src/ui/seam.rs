//! Seams: the modules whose code is cut out of the first download into a chunk of the wasm,
//! fetched the first time the module is shown (`#[wasm_split]`; the build cuts the wasm with
//! `split/`). Once a chunk is there, main keeps a plain function pointer into it and draws the
//! module synchronously from then on: a remount or a change of props shows no loading state,
//! and the module keeps its own state as any component does.
//!
//! The first module the embed offers is fetched at mount (`prefetch_first`), while the content
//! is parsed and storage opens. Parts beside what the user came for (a programme's exports, the
//! footer's data panel) are `after_paint`: fetched once the page is painted and no module's
//! chunk is on its way, and silent until they are there.
//!
//! A chunk that cannot be fetched (offline, a site that has moved on to a newer version) is
//! said in the user's language with a retry, in place of the module: nothing was lost, since
//! the module never started, and the rest of the widget goes on working.
//!
//! Without the `split` feature (the tests, `cargo check`) every seam is there from the start.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::thread::LocalKey;

use yew::prelude::*;

use super::problem::Problem;
use super::programme::{ProgrammeModule, ProgrammeProps};
use super::screening::{ScreeningModule, ScreeningProps};
use super::set_view::{SetView, SetViewProps};
use super::transfer::{Transfer as TransferPanel, TransferProps};
use super::your_data::{YourData as YourDataPanel, YourDataProps};
use crate::core::i18n::{text, Msg};
use crate::core::question_set::Lang;

/// Draws a module from its props; the function lives in the seam's chunk.
pub type Renderer<P> = fn(P) -> Html;

/// Why a chunk did not arrive (the loader logs the browser's error to the console).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for NotLoaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        NotLoaded
    }
}

type Loading<P> = Pin<Box<dyn Future<Output = Result<Renderer<P>, NotLoaded>>>>;

/// A module behind a seam.
pub trait Seam: 'static {
    type Props: Properties + PartialEq + Clone;
    /// A part below or beside what the user came for (a module's exports, the footer's data
    /// panel): fetched once the page around it is painted, and nothing said while it comes.
    const AFTER_PAINT: bool;
    /// The renderer once its chunk is there.
    fn loaded() -> &'static LocalKey<Cell<Option<Renderer<Self::Props>>>>;
    /// Fetches the chunk (at most one fetch at a time; a failed one is fetched again).
    fn load() -> Loading<Self::Props>;
}

/// Declares a seam: its name (the chunk's), its props, and the component the chunk holds.
macro_rules! seam {
    ($(#[$doc:meta])* $seam:ident, $chunk:ident, $props:ty, $component:ident) => {
        seam!($(#[$doc])* $seam, $chunk, $props, $component, false);
    };
    ($(#[$doc:meta])* $seam:ident, $chunk:ident, $props:ty, $component:ident, after_paint) => {
        seam!($(#[$doc])* $seam, $chunk, $props, $component, true);
    };
    ($(#[$doc:meta])* $seam:ident, $chunk:ident, $props:ty, $component:ident, $after_paint:literal) => {
        $(#[$doc])*
        pub struct $seam;

        #[cfg(feature = "split")]
        #[wasm_split_helpers::wasm_split($chunk, fallible)]
        fn $chunk() -> Result<Renderer<$props>, NotLoaded> {
            Ok(|p| html! { <$component ..p /> })
        }

        impl Seam for $seam {
            type Props = $props;
            const AFTER_PAINT: bool = $after_paint;

            fn loaded() -> &'static LocalKey<Cell<Option<Renderer<$props>>>> {
                #[cfg(feature = "split")]
                const AT_START: Option<Renderer<$props>> = None;
                #[cfg(not(feature = "split"))]
                const AT_START: Option<Renderer<$props>> = Some(|p| html! { <$component ..p /> });
                thread_local! {
                    static LOADED: Cell<Option<Renderer<$props>>> = const { Cell::new(AT_START) };
                }
                &LOADED
            }

            fn load() -> Loading<$props> {
                #[cfg(feature = "split")]
                return Box::pin($chunk());
                #[cfg(not(feature = "split"))]
                return Box::pin(std::future::ready(
                    Self::loaded().get().ok_or(NotLoaded),
                ));
            }
        }
    };
}

seam!(
    /// Shipment screening: the register, a shipment's screening, batch import, party screening.
    Screening,
    screening,
    ScreeningProps,
    ScreeningModule
);
seam!(
    /// The programme self-assessment: the checklist, the summary, the action plan, exports.
    Programme,
    programme,
    ProgrammeProps,
    ProgrammeModule
);
seam!(
    /// A programme assessment's exports (every format's writer) and its import, below the
    /// checklist: fetched as the module opens, never before its first item.
    Transfer,
    transfer,
    TransferProps,
    TransferPanel,
    after_paint
);
seam!(
    /// The footer's "your data" panel: backup, restore, the browser's copy.
    YourData,
    your_data,
    YourDataProps,
    YourDataPanel,
    after_paint
);
seam!(
    /// The reference modules (Article 7(4), reassessment, resources): a set to read.
    Reference,
    reference,
    SetViewProps,
    SetView
);

thread_local! {
    /// Module chunks being fetched: the parts fetched after the paint wait for them, so they
    /// never compete with the module the user came for.
    static MODULES_LOADING: Cell<u32> = const { Cell::new(0) };
}

/// Fetches `S`'s chunk (once; a no-op when it is there), keeping its renderer for `Lazy`.
async fn fetch<S: Seam>() -> Result<(), NotLoaded> {
    if S::loaded().with(Cell::get).is_some() {
        return Ok(());
    }
    if S::AFTER_PAINT {
        crate::web::dom::after_next_paint().await;
        while MODULES_LOADING.with(Cell::get) > 0 {
            yew::platform::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        crate::web::dom::after_next_paint().await;
    } else {
        MODULES_LOADING.with(|n| n.set(n.get() + 1));
    }
    let loaded = S::load().await;
    if !S::AFTER_PAINT {
        MODULES_LOADING.with(|n| n.set(n.get().saturating_sub(1)));
    }
    let render = loaded?;
    S::loaded().with(|l| l.set(Some(render)));
    Ok(())
}

/// Starts fetching the code of the module a visitor most likely sees first (see
/// `core::widget::first_module`) at mount, so it comes while the content is parsed and
/// storage opens rather than after.
pub fn prefetch_first(config: &crate::core::embed::Config) {
    use crate::core::question_set::ModuleKind;
    let Some(module) = crate::core::widget::first_module(config) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        // A failure here is not said: `Lazy` fetches again, and says so if it fails too.
        let _ = match module {
            ModuleKind::Programme => fetch::<Programme>().await,
            ModuleKind::Screening => fetch::<Screening>().await,
            ModuleKind::Gbv74 | ModuleKind::Reassessment | ModuleKind::Resources => {
                fetch::<Reference>().await
            }
        };
    });
}

#[derive(Properties)]
pub struct LazyProps<S: Seam> {
    /// The module's own props, handed to it unchanged.
    pub inner: S::Props,
    /// For the loading and failure messages.
    pub lang: Lang,
}

impl<S: Seam> PartialEq for LazyProps<S> {
    fn eq(&self, other: &Self) -> bool {
        self.inner == other.inner && self.lang == other.lang
    }
}

/// Draws the seam's module, fetching its chunk first if it is not there yet.
#[component]
pub fn Lazy<S: Seam>(props: &LazyProps<S>) -> Html {
    let failed = use_state(|| false);
    // Bumped by "try again": fetches once more.
    let attempt = use_state(|| 0u32);
    let redraw = use_force_update();
    let loaded = S::loaded().with(Cell::get);
    {
        let failed = failed.clone();
        use_effect_with((loaded.is_none(), *attempt), move |&(missing, _)| {
            if missing {
                wasm_bindgen_futures::spawn_local(async move {
                    match fetch::<S>().await {
                        // `failed` is already false: only "try again" fetches after a failure.
                        Ok(()) => redraw.force_update(),
                        Err(NotLoaded) => failed.set(true),
                    }
                });
            }
        });
    }
    let lang = props.lang;
    match loaded {
        Some(render) => render(props.inner.clone()),
        None if *failed => {
            let on_retry = Callback::from(move |_: MouseEvent| {
                failed.set(false);
                attempt.set(*attempt + 1);
            });
            html! {
                <div class="att-seam">
                    <Problem {lang} msg={Some(Msg::PartUnavailable)} on_retry={Some(on_retry)} />
                </div>
            }
        }
        // A part fetched after the paint stays silent (and takes no room) until it is there.
        None if S::AFTER_PAINT => Html::default(),
        None => html! {
            <p class="att-loading" role="status">{ text(lang, &Msg::PartLoading) }</p>
        },
    }
}
