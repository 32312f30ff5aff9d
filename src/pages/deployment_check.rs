use crate::components::about_deployment::OfflineReportList;
use crate::components::page_heading::PageHeading;
use crate::content::words;
use crate::content::words::fill;
use crate::domain::deployment::{
    kept_when, ConfigState, FileCheck, FileVerdict, Findings, OfflineReport, OfflineStatus,
    OfflineVerdict, SettingsCheck, CONFIG_FILE,
};
use leptos::prelude::*;

/// For a hospital's web team on their own server (web teams have no Rust toolchain): exactly
/// what this copy read from the settings file, every problem on its line, the type each file
/// of the build was sent with, and whether the offline copy installed. Run again with "Check
/// again" after changing the server.
#[component]
pub fn DeploymentCheckPage() -> impl IntoView {
    let findings = RwSignal::new(None::<Findings>);
    let run = move || {
        findings.set(None);
        #[cfg(target_arch = "wasm32")]
        leptos::task::spawn_local(async move {
            findings.set(Some(
                crate::browser::settings_file::check_deployment().await,
            ));
        });
    };
    // Only in the browser: the build draws the page as it is before the check.
    #[cfg(target_arch = "wasm32")]
    run();
    view! {
        <PageHeading text=words::page_names::DEPLOYMENT_CHECK/>
        <p class="app-lede">{words::deployment_check::INTRO}</p>
        <p>{guide_link()}</p>
        // The build draws the same as the app's first draw ("Checking…"), so the take-over moves
        // nothing. Where the app cannot start, the checks cannot run: the stylesheet then shows
        // the likeliest causes in their place, as it shows the fallback notice
        // (style/before-start.css).
        <div class="app-fallback app-deployment-check__no-app">
            <h2>{words::deployment_check::NO_APP_HEADING}</h2>
            <p>{words::deployment_check::NO_APP}</p>
            <ul class="app-list app-list--bullet">
                {NO_APP_CAUSES.iter().map(|(code, cause)| view! {
                    <li class="app-deployment-check__cause" data-cause=*code>{*cause}</li>
                }).collect_view()}
            </ul>
        </div>
        <div class="app-js-only app-deployment-check__checks">
            <button type="button" class="app-button app-button--secondary" on:click=move |_| run()>
                {words::deployment_check::CHECK_AGAIN}
            </button>
            <div role="status">
                {move || findings.get().is_none().then(|| view! { <p>{words::deployment_check::CHECKING}</p> })}
            </div>
            {move || findings.get().map(|found| view! {
                <SettingsSection check=found.settings/>
                <FilesSection files=found.files/>
                <OfflineSection status=found.offline worker_status=found.worker_status report=found.report/>
            }.into_any())}
        </div>
    }
}

/// Why the app may not start here, each with its code (`contracts::FAILURE_CAUSES`; `None`
/// for causes the boot module cannot tell apart, shown only when it cannot tell).
const NO_APP_CAUSES: [(Option<&str>, &str); 7] = [
    (
        Some(crate::contracts::FAILURE_CAUSES[4]),
        words::deployment_check::NO_APP_CAUSE_NO_WASM,
    ),
    (
        Some(crate::contracts::FAILURE_CAUSES[0]),
        words::deployment_check::NO_APP_CAUSE_WASM_MISSING,
    ),
    (
        Some(crate::contracts::FAILURE_CAUSES[1]),
        words::deployment_check::NO_APP_CAUSE_WASM_TYPE,
    ),
    (
        Some(crate::contracts::FAILURE_CAUSES[2]),
        words::deployment_check::NO_APP_CAUSE_CSP,
    ),
    (
        Some(crate::contracts::FAILURE_CAUSES[3]),
        words::deployment_check::NO_APP_CAUSE_SANDBOX,
    ),
    (None, words::deployment_check::NO_APP_CAUSE_BLOCKED),
    (None, words::deployment_check::NO_APP_CAUSE_MIXED),
];

/// "The deployment guide", linked to the copy the build puts beside the pages
/// (`contracts::DEPLOYMENT_GUIDE`).
fn guide_link() -> impl IntoView {
    view! {
        {words::deployment_check::GUIDE_BEFORE}
        <a class="app-link" href=crate::contracts::DEPLOYMENT_GUIDE>{words::deployment_check::GUIDE_LINK}</a>
        {words::deployment_check::GUIDE_AFTER}
    }
}

#[component]
fn SettingsSection(check: SettingsCheck) -> impl IntoView {
    let answer = if check.status == 0 {
        words::deployment_check::NO_ANSWER.to_string()
    } else {
        fill(
            &fill(
                words::deployment_check::ANSWERED,
                "status",
                &check.status.to_string(),
            ),
            "type",
            check
                .content_type
                .as_deref()
                .unwrap_or(words::deployment_check::NO_TYPE),
        )
    };
    let reading = check.reading;
    let result = match &reading.state {
        ConfigState::Loaded(d) if d.acute_line_refused => {
            words::deployment_check::RESULT_LINE_REFUSED.to_string()
        }
        ConfigState::Loaded(_) => words::deployment_check::RESULT_LOADED.to_string(),
        ConfigState::Malformed(reason) => fill(
            words::deployment_check::RESULT_FAILED,
            "reason",
            &reason.to_string(),
        ),
        // With a kept copy in use, the guide does not run as if there were no file: the row
        // below says what it uses.
        _ => reading.taken_as_absent.clone().map_or_else(
            || words::deployment_check::RESULT_ABSENT.to_string(),
            |why| {
                if check.in_use.is_some() {
                    format!("{why}.")
                } else {
                    format!("{why}, {}.", crate::domain::deployment::TAKEN_AS_ABSENT_SO)
                }
            },
        ),
    };
    // In the file's order (`parse_config` keeps them so).
    let problems: Vec<String> = match &reading.state {
        ConfigState::Loaded(d) => d.warnings.iter().map(ToString::to_string).collect(),
        ConfigState::Malformed(reason) => vec![reason.to_string()],
        _ => Vec::new(),
    };
    // What the pages use: the offline copy's last copy that worked, when the server's cannot be.
    let kept = check.in_use.as_ref().map(|(read_on, _)| {
        fill(
            words::deployment_check::IN_USE_KEPT,
            "when",
            &kept_when(read_on),
        )
    });
    let read = match (check.in_use, reading.state) {
        (Some((_, d)), _) => Some(d),
        (None, ConfigState::Loaded(d)) => Some(*d),
        _ => None,
    };
    view! {
        <section aria-labelledby="check-settings-heading">
            <h2 id="check-settings-heading">{words::deployment_check::SETTINGS_HEADING}</h2>
            <dl class="app-summary-list">
                {row(words::deployment_check::FILE_LABEL, view! { <code>{CONFIG_FILE}</code> }.into_any())}
                {row(words::deployment_check::ANSWER_LABEL, answer.into_any())}
                {reading.encoding.map(|e| row(words::deployment_check::ENCODING_LABEL, e.name().into_any()))}
                {row(words::deployment_check::RESULT_LABEL, result.into_any())}
                {kept.map(|kept| row(words::deployment_check::IN_USE_LABEL, kept.into_any()))}
            </dl>
            <h3>{words::deployment_check::PROBLEMS_HEADING}</h3>
            {if problems.is_empty() {
                view! { <p>{words::deployment_check::NO_PROBLEMS}</p> }.into_any()
            } else {
                view! {
                    <ul class="app-list app-list--bullet app-deployment-check__problems">
                        {problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {read.map(|d| {
                let given = |value: Option<String>| value.unwrap_or_else(|| words::deployment_check::NOT_GIVEN.to_string());
                let acute = if d.acute_line_refused {
                    Some(words::deployment_check::ACUTE_LINE_REFUSED.to_string())
                } else {
                    d.acute_line.as_ref().map(|l| format!("{}: {} ({})", l.name, l.phone, l.tel))
                };
                let contacts = (!d.contacts.is_empty()).then(|| {
                    d.contacts.iter().map(|c| format!("{}: {}", c.name, c.phone)).collect::<Vec<_>>().join("; ")
                });
                let groups = (!d.groups.is_empty()).then(|| {
                    d.groups.iter().map(|g| g.name.clone()).collect::<Vec<_>>().join("; ")
                });
                let offline = if d.offline { words::deployment_check::OFFLINE_ON } else { words::deployment_check::OFFLINE_OFF };
                view! {
                    <h3>{words::deployment_check::READ_HEADING}</h3>
                    <dl class="app-summary-list">
                        {row(words::deployment_check::HOSPITAL_NAME, given(d.hospital_name.clone()).into_any())}
                        {row(words::deployment_check::ACUTE_LINE, given(acute).into_any())}
                        {row(words::deployment_check::CONTACTS, given(contacts).into_any())}
                        {row(words::deployment_check::SUPPORT_GROUPS, given(groups).into_any())}
                        {row(words::deployment_check::FEEDBACK_EMAIL, given(d.feedback_email.clone()).into_any())}
                        {row(words::deployment_check::OFFLINE_SETTING, offline.into_any())}
                    </dl>
                }
            })}
        </section>
    }
}

#[component]
fn FilesSection(files: Option<Vec<FileCheck>>) -> impl IntoView {
    let body = match files {
        None => view! { <p>{words::deployment_check::FILE_LIST_UNREADABLE}</p> }.into_any(),
        Some(files) => {
            let line = |f: &FileCheck| match &f.verdict {
                FileVerdict::Right => fill(
                    &fill(words::deployment_check::FILE_RIGHT, "file", &f.file),
                    "type",
                    f.content_type
                        .as_deref()
                        .unwrap_or(words::deployment_check::NO_TYPE),
                ),
                FileVerdict::WrongType(expected) => fill(
                    &fill(
                        &fill(words::deployment_check::FILE_WRONG_TYPE, "file", &f.file),
                        "type",
                        f.content_type
                            .as_deref()
                            .unwrap_or(words::deployment_check::NO_TYPE),
                    ),
                    "expected",
                    expected,
                ),
                FileVerdict::Missing(0) => {
                    fill(words::deployment_check::FILE_NO_ANSWER, "file", &f.file)
                }
                FileVerdict::Missing(status) => fill(
                    &fill(words::deployment_check::FILE_MISSING, "file", &f.file),
                    "status",
                    &status.to_string(),
                ),
            };
            let (right, wrong): (Vec<_>, Vec<_>) =
                files.iter().partition(|f| f.verdict == FileVerdict::Right);
            let summary = if wrong.is_empty() {
                fill(
                    words::deployment_check::FILES_ALL_RIGHT,
                    "count",
                    &files.len().to_string(),
                )
            } else if wrong.len() == 1 {
                words::deployment_check::FILE_WRONG_ONE.to_string()
            } else {
                fill(
                    words::deployment_check::FILES_WRONG,
                    "count",
                    &wrong.len().to_string(),
                )
            };
            view! {
                <p class="app-deployment-check__summary">{summary}</p>
                {(!wrong.is_empty()).then(|| view! {
                    <ul class="app-list app-list--bullet app-deployment-check__wrong">
                        {wrong.iter().map(|f| view! { <li>{line(f)}</li> }).collect_view()}
                    </ul>
                })}
                <details class="app-details">
                    <summary class="app-details__summary">
                        <span class="app-details__summary-text">{fill(words::deployment_check::FILES_RIGHT_LIST, "count", &right.len().to_string())}</span>
                    </summary>
                    <div class="app-details__text">
                        <ul class="app-list app-deployment-check__files">
                            {right.iter().map(|f| view! { <li>{line(f)}</li> }).collect_view()}
                        </ul>
                    </div>
                </details>
                <p>{words::deployment_check::REQUIRED_NOTE}</p>
            }
            .into_any()
        }
    };
    view! {
        <section aria-labelledby="check-files-heading">
            <h2 id="check-files-heading">{words::deployment_check::FILES_HEADING}</h2>
            <p>{words::deployment_check::FILES_INTRO}</p>
            {body}
        </section>
    }
}

#[component]
fn OfflineSection(
    status: OfflineStatus,
    worker_status: u16,
    report: Option<OfflineReport>,
) -> impl IntoView {
    let config = use_context::<RwSignal<ConfigState>>();
    let switched_off = config
        .is_some_and(|c| c.with_untracked(|c| matches!(c, ConfigState::Loaded(d) if !d.offline)));
    let state = match status.verdict(switched_off, worker_status) {
        OfflineVerdict::SwitchedOff => words::deployment_check::OFFLINE_SWITCHED_OFF.to_string(),
        OfflineVerdict::NotPossible => words::deployment_check::OFFLINE_NOT_POSSIBLE.to_string(),
        OfflineVerdict::Installed => words::deployment_check::OFFLINE_INSTALLED.to_string(),
        OfflineVerdict::InstalledNotControlling => {
            words::deployment_check::OFFLINE_INSTALLED_NOT_CONTROLLING.to_string()
        }
        OfflineVerdict::InstalledNoWorker(answer) => worker_missing(
            answer,
            words::deployment_check::OFFLINE_INSTALLED_NO_WORKER,
            words::deployment_check::OFFLINE_INSTALLED_NO_WORKER_ANSWER,
        ),
        OfflineVerdict::NoWorker(answer) => worker_missing(
            answer,
            words::deployment_check::OFFLINE_NO_WORKER,
            words::deployment_check::OFFLINE_NO_WORKER_ANSWER,
        ),
        OfflineVerdict::Installing => words::deployment_check::OFFLINE_INSTALLING.to_string(),
    };
    let earlier_kept = report
        .as_ref()
        .is_some_and(|r| r.earlier_version_kept(&status.kept_builds));
    view! {
        <section aria-labelledby="check-offline-heading">
            <h2 id="check-offline-heading">{words::deployment_check::OFFLINE_HEADING}</h2>
            <p class="app-deployment-check__offline">{state}</p>
            {(!status.kept_builds.is_empty()).then(|| view! {
                <p>{fill(words::deployment_check::OFFLINE_KEPT, "build", &status.kept_builds.join(", "))}</p>
            })}
            {report.filter(|r| !r.failed.is_empty()).map(|r| view! { <OfflineReportList report=r earlier_kept/> })}
        </section>
    }
}

/// What the server did for `sw.js`: `answered` with its `{status}`, or `no_answer` (status 0).
fn worker_missing(status: u16, answered: &str, no_answer: &str) -> String {
    if status == 0 {
        no_answer.to_string()
    } else {
        fill(answered, "status", &status.to_string())
    }
}

/// One row of a summary list: a label and its value.
fn row(label: &'static str, value: AnyView) -> AnyView {
    view! {
        <div class="app-summary-list__row">
            <dt class="app-summary-list__key">{label}</dt>
            <dd class="app-summary-list__value">{value}</dd>
        </div>
    }
    .into_any()
}
