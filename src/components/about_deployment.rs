use crate::content::words;
use crate::domain::deployment::{ConfigState, OfflineReport, CONFIG_FILE};
use crate::route::Route;
use leptos::prelude::*;

/// What the hospital's settings file did, for the person and for the hospital's web team, and
/// which files the offline copy could not keep from the server.
///
/// The file is read again here with every note for the web team (`load_with_notes`): the
/// other pages read it without them, so those words stay out of their wasm.
#[component]
pub fn AboutDeployment() -> impl IntoView {
    let config = RwSignal::new(ConfigState::Loading);
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async move {
        config.set(crate::browser::settings_file::load_with_notes().await);
    });
    let report = RwSignal::new(None::<OfflineReport>);
    // Whether a version other than the reported one is kept, to fall back to.
    let earlier_kept = RwSignal::new(false);
    // Read now and for a minute after: the offline copy may still be installing when a web
    // team opens this page on a first visit, and its report comes when it is done.
    #[cfg(target_arch = "wasm32")]
    {
        let read = move || {
            leptos::task::spawn_local(async move {
                let now = crate::browser::offline::copy_report().await;
                if let Some(r) = &now {
                    let kept = crate::browser::offline::copy_status().await.kept_builds;
                    let earlier = r.earlier_version_kept(&kept);
                    if earlier_kept.get_untracked() != earlier {
                        earlier_kept.set(earlier);
                    }
                }
                if report.get_untracked() != now {
                    report.set(now);
                }
            })
        };
        read();
        let reads = StoredValue::new(0u32);
        let handle = StoredValue::new(None::<IntervalHandle>);
        let interval = set_interval_with_handle(
            move || {
                reads.update_value(|n| *n += 1);
                read();
                if reads.get_value() >= 20 {
                    if let Some(h) = handle.get_value() {
                        h.clear();
                    }
                }
            },
            std::time::Duration::from_secs(3),
        );
        handle.set_value(interval.ok());
    }
    view! {
        <section class="app-about-deployment" aria-labelledby="about-deployment-heading">
            <h2 id="about-deployment-heading">{words::about_deployment::HEADING}</h2>
            {move || match config.get() {
                ConfigState::Loading => view! { <p>{words::about_deployment::CHECKING}</p> }.into_any(),
                ConfigState::Absent => {
                    // The file's name is shown as code, where the words say {file}.
                    let (before, after) = words::around(words::about_deployment::NO_SETTINGS, "file")
                        .unwrap_or((words::about_deployment::NO_SETTINGS, ""));
                    view! { <p>{before}<code>{CONFIG_FILE}</code>{after}</p> }.into_any()
                }
                ConfigState::Loaded(d) => view! {
                    <p>{match d.hospital_name.clone() {
                        Some(name) => words::fill(words::about_deployment::PROVIDED_BY, "hospital", &name),
                        None => words::about_deployment::HAS_SETTINGS.to_string(),
                    }}</p>
                    {(!d.warnings.is_empty()).then(|| view! {
                        <p>{words::fill(words::about_deployment::NOTES, "file", CONFIG_FILE)}</p>
                        <ul class="app-list app-list--bullet app-about-deployment__warnings">
                            {d.warnings.iter().map(|w| view! { <li>{w.to_string()}</li> }).collect_view()}
                        </ul>
                    })}
                }.into_any(),
                ConfigState::Malformed(reason) => view! {
                    <div class="app-warning-callout">
                        <h3 class="app-warning-callout__label">{words::about_deployment::FAILED_HEADING}</h3>
                        <p>{words::fill(&words::fill(words::about_deployment::FAILED, "file", CONFIG_FILE), "reason", &reason.to_string())}</p>
                    </div>
                }.into_any(),
            }}
            {move || report.get().filter(|r| !r.failed.is_empty()).map(|report| view! { <OfflineReportList report earlier_kept=earlier_kept.get()/> })}
            <p>
                <a class="app-link" href=Route::DeploymentCheck.href()>{words::about_deployment::CHECK_LINK}</a>
            </p>
        </section>
    }
}

/// The files the offline copy could not keep at its last install, each with the server's
/// answer, and what that means for this version.
#[component]
pub fn OfflineReportList(
    report: OfflineReport,
    /// Another version is kept on this device, and stays in use when this one cannot.
    earlier_kept: bool,
) -> impl IntoView {
    view! {
        <div class="app-about-deployment__offline">
            <p>{words::about_deployment::OFFLINE_NOT_KEPT}</p>
            <ul class="app-list app-list--bullet">
                {report.failed.iter().map(|f| {
                    let line = if f.status == 0 {
                        words::fill(words::about_deployment::OFFLINE_NO_ANSWER, "file", &f.file)
                    } else {
                        words::fill(
                            &words::fill(words::about_deployment::OFFLINE_ANSWERED, "file", &f.file),
                            "status",
                            &f.status.to_string(),
                        )
                    };
                    view! { <li>{line}</li> }
                }).collect_view()}
            </ul>
            <p>{if report.missed_required() && earlier_kept {
                words::about_deployment::OFFLINE_REQUIRED
            } else if report.missed_required() {
                words::about_deployment::OFFLINE_REQUIRED_FIRST
            } else {
                words::about_deployment::OFFLINE_OPTIONAL
            }}</p>
        </div>
    }
}
