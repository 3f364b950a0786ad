//! The directory's filters: each dimension's values with live counts, the groups shown
//! apart, the map of countries, and the chips of what is chosen.

use super::*;

/// Every dimension's values with their counts. Built once: the values never change order;
/// counts and ticks update in place, so a keyboard user's focus stays on the box they ticked.
#[component]
pub(super) fn FacetPanel(
    ctx: Ctx,
    meta: Arc<Meta>,
    counts: ReadSignal<Option<Counts>>,
    drawer: RwSignal<bool>,
) -> impl IntoView {
    let s = t();
    let groups = meta.dims.clone().into_iter().enumerate().map(|(d, dim)| {
        if dim.apart.is_some() {
            view! { <ApartGroup ctx d dim meta=meta.clone() counts/> }.into_any()
        } else {
            let values = dim.values.iter().cloned().enumerate().collect();
            view! { <FacetGroup ctx d name=dim.name values counts/> }.into_any()
        }
    });
    view! {
        <aside id="facets" class="facets" class:open=move || drawer.get() aria-label=s.filters_title
            data-counts=move || counts.get().map(|(href, _)| href)>
            {groups.collect_view()}
            <button type="button" class="button filters-done" on:click=move |_| drawer.set(false)>{s.filters_done}</button>
        </aside>
    }
}

/// A dimension whose values are kept apart (cities): shown, once its parent (the country) is
/// chosen, with the values of the chosen parents only, fetched then.
#[component]
pub(super) fn ApartGroup(
    ctx: Ctx,
    d: usize,
    dim: Dim,
    meta: Arc<Meta>,
    counts: ReadSignal<Option<Counts>>,
) -> impl IntoView {
    let name = dim.name;
    let parents = Memo::new(move |_| {
        let parent = name.parent();
        ctx.chosen
            .with(|c| parent.and_then(|p| c.get(&p).cloned()).unwrap_or_default())
    });
    move || {
        let parents = parents.get();
        (!parents.is_empty()).then(|| {
            let meta = meta.clone();
            view! {
                <Async load=move || { let meta = meta.clone(); async move { dir::whole(&meta).await } } render=move |whole| {
                    // A city's id is "<country>:<name>".
                    let values: Vec<(usize, homecoming_core::facets::Count)> = whole.dims[d].values.iter().cloned().enumerate()
                        .filter(|(_, c)| parents.iter().any(|p| c.id.split_once(':').is_some_and(|(cc, _)| cc == p)))
                        .collect();
                    view! { <FacetGroup ctx d name values counts/> }
                }/>
            }
        })
    }
}

/// One dimension's checkboxes: `values` with their index in the dimension.
#[component]
pub(super) fn FacetGroup(
    ctx: Ctx,
    d: usize,
    name: Dimension,
    values: Vec<(usize, homecoming_core::facets::Count)>,
    counts: ReadSignal<Option<Counts>>,
) -> impl IntoView {
    let s = t();
    // One memo per dimension stands between the chosen values and its checkboxes, so a
    // choice re-runs eleven memos, not a closure per checkbox.
    let picked = Memo::new(move |_| {
        ctx.chosen
            .with(|c| c.get(&name).cloned().unwrap_or_default())
    });
    let shown_counts = Memo::new(move |_| {
        counts
            .get()
            .map(|(_, all)| all.get(d).cloned().unwrap_or_default())
    });
    let visible = Memo::new(move |_| {
        name.parent()
            .is_none_or(|p| ctx.chosen.with(|c| c.contains_key(&p)))
    });
    view! {
        <fieldset class="facet" class:hidden=move || !visible.get()>
            <legend>{(s.facet_name)(name)}</legend>
            <ul>
                {values.into_iter().map(|(v, c)| {
                    let (id, id2) = (c.id.clone(), c.id.clone());
                    let n = move || shown_counts.with(|l| l.as_ref().and_then(|l| l.get(v).copied()));
                    view! {
                        <li>
                            <label class="check" class:zero=move || n() == Some(0)>
                                <input type="checkbox" name=name.name() value=c.id.clone()
                                    prop:checked=move || picked.with(|x| x.contains(&id2))
                                    on:change=move |_| ctx.toggle(name, &id)/>
                                <span>{site_name(&c.label)}</span>
                                <span class="n">{move || n().map(|n| n.to_string()).unwrap_or_default()}</span>
                            </label>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </fieldset>
    }
}

/// The world map, when it is open (`map=1`): countries and their cities as filters.
#[component]
pub(super) fn MapPanel(
    ctx: Ctx,
    meta: Arc<Meta>,
    counts: ReadSignal<Option<Counts>>,
) -> impl IntoView {
    let dim_index = |dim: Dimension| meta.dims.iter().position(|d| d.name == dim);
    let (country_dim, city_dim) = (dim_index(Dimension::Country), dim_index(Dimension::City));
    let load = move || {
        let meta = meta.clone();
        async move {
            let (whole, world) = futures::join!(dir::whole(&meta), data::world());
            Ok::<_, AppError>((whole?, world?))
        }
    };
    move || {
        let load = load.clone();
        ctx.map_open.get().then(|| view! { <div id="map"><Async load render=move |(meta, world)| {
            let values = |d: Option<usize>| d.map(|d| meta.dims[d].values.clone()).unwrap_or_default();
            let (countries, cities) = (values(country_dim), values(city_dim));
            let map_counts = Signal::derive(move || counts.get().map(|(_, all)| {
                let pick = |d: Option<usize>| d.and_then(|d| all.get(d).cloned()).unwrap_or_default();
                (pick(country_dim), pick(city_dim))
            }));
            let chosen = Signal::derive(move || ctx.chosen.with(|chosen| {
                let get = |d: Dimension| chosen.get(&d).cloned().unwrap_or_default();
                (get(Dimension::Country), get(Dimension::City))
            }));
            let on_country = Callback::new(move |id: String| ctx.toggle(Dimension::Country, &id));
            let on_city = Callback::new(move |id: String| ctx.toggle(Dimension::City, &id));
            view! { <WorldMapView world countries cities counts=map_counts chosen on_country on_city/> }
        }/></div> })
    }
}

/// The chosen values as removable chips.
#[component]
pub(super) fn Chips(ctx: Ctx, dims: Vec<Dim>) -> impl IntoView {
    let s = t();
    view! {
        <ul class="chips" aria-label=s.filters_title>
            {move || {
                ctx.chosen.get().iter().flat_map(|(&dim, ids)| ids.iter().map(move |id| (dim, id.clone()))).map(|(dim, id)| {
                    let label = dims.iter().find(|d| d.name == dim).and_then(|d| d.values.iter().find(|c| c.id == id)).map(|c| site_name(&c.label))
                        // A city kept apart is named in its id: "GB:London".
                        .unwrap_or_else(|| id.split_once(':').map_or(id.clone(), |(_, city)| city.to_string()));
                    view! {
                        <li><button type="button" class="chip" aria-pressed="true" aria-label=(s.remove_filter)(&label)
                            on:click=move |_| ctx.toggle(dim, &id)>{label.clone()} " ×"</button></li>
                    }
                }).collect_view()
            }}
        </ul>
    }
}
