use crate::clock::today;
use crate::contacts::Contacts;
use crate::content::benefits::Nation;
use crate::content::urgent_numbers::{words, UrgentLine};
use crate::deployment::ConfigState;
use crate::route::Route;
use crate::saved::Saved;
use crate::storage::{CONTACTS_FORMAT, CONTACTS_KEY};
use crate::urgent::{nations_attribute, urgent_lines, Applies, Entry, GivenLine};
use crate::where_you_live::WhereYouLive;
use leptos::prelude::*;

/// The urgent numbers for where the person lives, each one tap to call, most urgent first,
/// with "Where do you live?" to choose (`crate::urgent` decides which lines and their order).
/// As the build writes it, every nation's lines are there, each marked with its nations, so
/// the stylesheet shows the right ones from the first paint, with or without the app.
#[component]
pub fn UrgentNumbers(contacts: RwSignal<Contacts>, config: RwSignal<ConfigState>) -> impl IntoView {
    let answer = WhereYouLive::use_answer();
    let hospital = move || config.with(ConfigState::acute_line);
    let own = move || contacts.with(Contacts::alert_lines);
    let lines = move || urgent_lines(answer.get(), &own(), hospital().as_ref(), today());
    let no_line = move || own().is_empty() && hospital().is_none();
    view! {
        <ul class="app-urgent-help__list">
            {move || lines().into_iter().map(entry).collect_view()}
        </ul>
        <div class="app-form-group app-urgent-help__nation app-personal">
            <label class="app-label" for="urgent-nation">{words::WHERE_YOU_LIVE}</label>
            <div class="app-hint" id="urgent-nation-hint">{words::WHERE_YOU_LIVE_HINT}</div>
            <select
                class="app-select"
                id="urgent-nation"
                aria-describedby="urgent-nation-hint"
                prop:value=move || answer.get().map_or("", Nation::code)
                on:change:target=move |ev| answer.set(Nation::from_code(&ev.target().value()))
            >
                <option value="">{words::NOT_CHOSEN}</option>
                {Nation::ALL.into_iter().map(|n| view! { <option value=n.code()>{n.name()}</option> }).collect_view()}
            </select>
        </div>
        {move || no_line().then(|| view! {
            <p class="app-urgent-help__missing app-personal">
                {words::NO_LINE_YET} " "
                <a class="app-link" href=format!("{}#contact-form", Route::CareTeam.href())>{words::ADD_IT}</a>
                {words::ADD_IT_AFTER}
            </p>
        })}
    }
}

fn entry(entry: Entry) -> AnyView {
    match entry {
        Entry::Fixed(line) => fixed(line),
        Entry::Own { line, lapsed } => {
            let when = match line.applies {
                Applies::NotSaid => String::new(),
                Applies::WhileOnTreatment => words::WHILE_ON_TREATMENT.to_string(),
                Applies::Until(end) if lapsed => {
                    format!(
                        "{} {}. {}",
                        words::CARD_SAID_UNTIL,
                        end.long(),
                        words::ASK_IF_IT_APPLIES
                    )
                }
                Applies::Until(end) => format!("{} {}.", words::UNTIL, end.long()),
            };
            given(
                format!("{} ({})", line.name, words::YOUR_ALERT_CARD),
                line,
                when,
            )
        }
        Entry::Hospital(line) => given(line.name.clone(), line, String::new()),
    }
}

fn given(what: String, line: GivenLine, when: String) -> AnyView {
    view! {
        <li class="app-urgent-help__item app-personal">
            <span class="app-urgent-help__what">{what}</span>
            <a class="app-urgent-help__number" href=format!("tel:{}", line.tel)>{line.phone}</a>
            {(!when.is_empty()).then(|| view! { <span class="app-urgent-help__when">{when}</span> })}
        </li>
    }
    .into_any()
}

fn fixed(line: &'static UrgentLine) -> AnyView {
    view! {
        <li class="app-urgent-help__item" data-nations=nations_attribute(line.nations)>
            <span class="app-urgent-help__what">{line.name}</span>
            {line.phone.map(|p| view! {
                <a class="app-urgent-help__number" href=format!("tel:{}", p.tel)>{p.shown}</a>
            })}
            <span class="app-urgent-help__when">
                {line.when}
                {line.link.map(|(text, url)| view! { " " <a class="app-link" href=url>{text}</a> })}
            </span>
        </li>
    }
    .into_any()
}

/// The urgent numbers inside a guide page (the urgent symptoms page's "Urgent numbers").
#[component]
pub fn UrgentNumbersBlock() -> impl IntoView {
    let contacts = Saved::<Contacts>::load(CONTACTS_KEY, CONTACTS_FORMAT).value;
    let config = expect_context::<RwSignal<ConfigState>>();
    view! { <div class="app-urgent-help app-urgent-help--in-page"><UrgentNumbers contacts config/></div> }
}
