use super::needs_app::NeedsAppNote;
use super::radio_group::Radios;
use crate::browser::clock::today;
use crate::content::benefits::Nation;
use crate::content::words;
use crate::content::words::fill;
use crate::domain::deployment::ConfigState;
use crate::domain::urgent::{
    nations_attribute, urgent_lines, Applies, Entry, GivenLine, HospitalLine,
};
use crate::route::Route;
use crate::state::storage::alert_lines_in;
use crate::state::storage::CONTACTS_KEY;
use crate::state::where_you_live::WhereYouLive;
use leptos::prelude::*;

/// The urgent numbers for where the person lives, each one tap to call, most urgent first,
/// with "Where do you live?" to choose (`crate::domain::urgent` decides which lines and their order).
/// As the build writes it, every nation's lines are there, each marked with its nations, so
/// the stylesheet shows the right ones from the first paint, with or without the app.
#[component]
pub fn UrgentNumbers(
    own: RwSignal<Vec<GivenLine>>,
    config: RwSignal<ConfigState>,
) -> impl IntoView {
    let answer = WhereYouLive::use_answer();
    let hospital = move || config.with(ConfigState::hospital_line);
    // Every nation's lines are drawn, each marked with its nations: the stylesheet shows only
    // those for `<html data-nation>` (which `answer` keeps in step), exactly as the rule's
    // `shown_for` does, so the page is the same before the app runs and after.
    let lines = move || own.with(|own| urgent_lines(None, own, &hospital(), today()));
    // Keyed by what each line shows: when the hospital's line arrives, or the person's own card
    // changes, lines are replaced whole, so a name never stays beside another line's number
    // whatever a translation tool has done to the page (src/components/live_text.rs).
    let rows = move || lines().into_iter().map(Row::from).collect::<Vec<_>>();
    let no_line = move || own.with(Vec::is_empty) && hospital() == HospitalLine::Absent;
    // Radios, not a select: a select cannot wrap its words, and with the browser's text doubled
    // on a small phone "Northern Ireland" no longer fits in one (tests/e2e/large-text.test.mjs).
    let nations = std::iter::once(("", words::urgent_numbers::NOT_CHOSEN))
        .chain(Nation::ALL.into_iter().map(|n| (n.code(), n.name())));
    view! {
        <ul class="app-urgent-help__list">
            <For each=rows key=|r| r.clone() children=row/>
        </ul>
        <fieldset class="app-fieldset app-urgent-help__nation app-personal" aria-describedby="urgent-nation-hint" data-needs-app="">
            <legend class="app-fieldset__legend">{words::urgent_numbers::WHERE_YOU_LIVE}</legend>
            <NeedsAppNote text=words::needs_app::NATION/>
            <div class="app-hint" id="urgent-nation-hint">{words::urgent_numbers::WHERE_YOU_LIVE_HINT}</div>
            <Radios
                name="urgent-nation".to_string()
                empty="not-chosen"
                options=nations.collect()
                selected=Signal::derive(move || answer.get().map_or("", Nation::code))
                on_select=Callback::new(move |code: &'static str| answer.set(Nation::from_code(code)))
            />
        </fieldset>
        {move || no_line().then(|| view! {
            <p class="app-urgent-help__missing app-personal">
                {words::urgent_numbers::NO_LINE_YET} " "
                <a class="app-link" href=format!("{}#contact-form", Route::CareTeam.href())>{words::urgent_numbers::ADD_IT}</a>
                {words::urgent_numbers::ADD_IT_AFTER}
            </p>
        })}
    }
}

/// One line as drawn: every kind of entry in one shape, so one view draws them all. Compared
/// and hashed whole: the list is keyed by what each line shows.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct Row {
    pub(crate) what: String,
    /// As shown, and as dialled.
    pub(crate) phone: Option<(String, String)>,
    pub(crate) when: String,
    pub(crate) link: Option<(&'static str, &'static str)>,
    pub(crate) nations: Option<String>,
    /// From the person's own saved data: waits, like other saved parts, for the app.
    pub(crate) personal: bool,
    /// In the hospital line's place when it could not be loaded: a note, not a number.
    pub(crate) unavailable: bool,
}

impl From<Entry> for Row {
    fn from(entry: Entry) -> Row {
        match entry {
            Entry::Fixed(line) => Row {
                what: line.name.to_string(),
                phone: line.phone.map(|p| (p.shown.to_string(), p.tel.to_string())),
                when: line.when.to_string(),
                link: line.link,
                nations: nations_attribute(line.nations),
                personal: false,
                unavailable: false,
            },
            Entry::Own { line, lapsed } => Row {
                what: fill(words::urgent_numbers::OWN_LINE, "name", &line.name),
                when: match line.applies {
                    Applies::NotSaid => String::new(),
                    Applies::WhileOnTreatment => {
                        words::urgent_numbers::WHILE_ON_TREATMENT.to_string()
                    }
                    Applies::Until(end) if lapsed => {
                        fill(words::urgent_numbers::CARD_SAID_UNTIL, "date", &end.long())
                    }
                    Applies::Until(end) => fill(words::urgent_numbers::UNTIL, "date", &end.long()),
                },
                phone: Some((line.phone, line.tel)),
                link: None,
                nations: None,
                personal: true,
                unavailable: false,
            },
            // A settings file that could not be read, or a line in it that could not be used,
            // never removes the hospital's line silently.
            Entry::HospitalNotLoaded => Row {
                what: words::urgent_numbers::HOSPITAL_LINE_NOT_LOADED.to_string(),
                phone: None,
                when: String::new(),
                link: None,
                nations: None,
                personal: false,
                unavailable: true,
            },
            Entry::Hospital(line) => Row {
                what: line.name,
                phone: Some((line.phone, line.tel)),
                when: String::new(),
                link: None,
                nations: None,
                personal: false,
                unavailable: false,
            },
        }
    }
}

/// One line of the list, as the urgent numbers and the "cannot work here" notice
/// both draw it (`src/hospital-line.js` adds the hospital's line in the same shape).
pub(crate) fn row(row: Row) -> impl IntoView {
    view! {
        <li class="app-urgent-help__item" class:app-personal=row.personal class:app-urgent-help__unavailable=row.unavailable data-nations=row.nations>
            <span class="app-urgent-help__what">{row.what}</span>
            {row.phone.map(|(shown, tel)| view! {
                <a class="app-urgent-help__number" href=format!("tel:{tel}") translate="no">{shown}</a>
            })}
            {(!row.when.is_empty() || row.link.is_some()).then(|| view! {
                <span class="app-urgent-help__when">
                    {row.when}
                    {row.link.map(|(text, url)| view! { " " <a class="app-link" href=url>{text}</a> })}
                </span>
            })}
        </li>
    }
}

/// The urgent numbers inside a guide page (the urgent symptoms page's "Urgent numbers"). The
/// person's alert card lines are read once, without loading their whole contacts list.
#[component]
pub fn UrgentNumbersBlock() -> impl IntoView {
    let own = RwSignal::new(alert_lines_in(
        crate::state::storage::read_raw(CONTACTS_KEY).as_deref(),
    ));
    let config = expect_context::<RwSignal<ConfigState>>();
    view! {
        <div class="app-urgent-help app-urgent-help--in-page">
            <UrgentNumbers own config/>
        </div>
    }
}
