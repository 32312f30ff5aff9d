use crate::browser::offline::Offline;
use crate::content::words;
use leptos::prelude::*;

/// "A new version is ready": shown when a newer build has been saved for offline use. It only
/// applies when the person reloads, so nothing changes under them mid-page. The live region
/// is drawn at start, empty, and the notice put into it later, so it is read out (a region
/// inserted with its message often is not).
#[component]
pub fn UpdateNotice(offline: Offline) -> impl IntoView {
    let notice = move || {
        offline.update_ready.get().then(|| {
            view! {
                <div class="app-update-notice">
                    <div class="app-width-container app-update-notice__inner">
                        <p class="app-update-notice__text">{words::update_notice::TEXT}</p>
                        <button type="button" class="app-button app-button--small" id="apply-update" on:click=move |_| offline.apply_update()>
                            {words::update_notice::RELOAD}
                        </button>
                    </div>
                </div>
            }
        })
    };
    view! { <div role="status">{notice}</div> }
}
