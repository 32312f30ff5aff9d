//! Content governance: the checks every change to the guide's words must pass.
//!
//! Types already force every field to exist; these tests check what types cannot: that fields
//! are filled in, dates are real and within their review period, links lead somewhere, every
//! phone number is on the allow-list with its source, the closed Benefits Enquiry Line never
//! appears, and each page reads plainly.

use content_build::readability;
use sbc_guide::content::{self, markup, markup::Inline, markup::Target, Block, Date, Section};
use sbc_guide::route::Route;
use std::collections::{BTreeMap, HashSet};

const ALLOW_LIST: &str = include_str!("../content/phone-numbers.toml");
const INDEX_HTML: &str = include_str!("../index.html");
const README: &str = include_str!("../README.md");

/// The lowest Flesch reading-ease score a page may have (about a reading age of 15).
const MIN_READING_EASE: f64 = 50.0;

struct Allowed {
    shown_as: String,
    source: String,
}

/// `content/phone-numbers.toml`, read by the same code as the build.
fn allow_list() -> BTreeMap<String, Allowed> {
    let mut problems = Vec::new();
    let phones = content_build::data::parse_phones(
        "content/phone-numbers.toml",
        ALLOW_LIST.trim_start_matches('\u{feff}'),
        &mut problems,
    );
    assert!(problems.is_empty(), "{problems:?}");
    phones
        .into_iter()
        .map(|p| {
            (
                p.tel,
                Allowed {
                    shown_as: p.shown,
                    source: p.source.id,
                },
            )
        })
        .collect()
}

/// Every marked-up text in the app's content, with where it is, for error messages.
fn all_texts() -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for section in content::guide() {
        for text in section.all_texts() {
            out.push((section.slug.to_string(), text));
        }
        out.push((section.slug.to_string(), section.summary));
    }
    for text in content::passages::ALL {
        out.push(("content/passages.toml".to_string(), *text));
    }
    for item in content::benefits::ITEMS {
        for text in item.texts() {
            out.push((format!("benefits/{}", item.id), text));
        }
    }
    out
}

fn links() -> Vec<(String, &'static str, Target<'static>)> {
    let mut out = Vec::new();
    for (place, text) in all_texts() {
        for run in markup::parse(text).unwrap_or_default() {
            if let Inline::Link { text, target } = run {
                out.push((place.clone(), text, target));
            }
        }
    }
    out
}

#[test]
fn every_text_is_valid_markup() {
    for (place, text) in all_texts() {
        if let Err(error) = markup::parse(text) {
            panic!("{place}: {error} in {text:?}");
        }
    }
}

#[test]
fn pages_have_unique_slugs_and_all_required_fields() {
    let mut slugs = HashSet::new();
    for section in content::guide() {
        let slug = section.slug;
        assert!(slugs.insert(slug), "slug {slug} is used twice");
        assert!(
            !slug.is_empty()
                && slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "slug {slug:?} must be lower-case letters, digits and hyphens"
        );
        for (field, value) in [
            ("title", section.title),
            ("short_title", section.short_title),
            ("summary", section.summary),
        ] {
            assert!(!value.trim().is_empty(), "{slug}: {field} is empty");
        }
        assert!(
            section.body.len() >= 3,
            "{slug}: the page has almost no content"
        );
        for text in section.all_texts() {
            assert!(!text.trim().is_empty(), "{slug}: an empty block");
        }
        assert!(!section.sources.is_empty(), "{slug}: no sources");
        for source in section.sources {
            assert!(
                !source.title.trim().is_empty(),
                "{slug}: a source has no title"
            );
            if let Some(url) = source.url {
                assert!(
                    url.starts_with("https://"),
                    "{slug}: source {url} is not https"
                );
            }
        }
    }
    // Whatever an editor adds or reorders, the urgent symptoms page stays in the guide (the
    // header's "Urgent help" and every page's urgent panel lead to it).
    assert!(
        content::guide().iter().any(|s| s.slug == "urgent-symptoms"),
        "the guide keeps its urgent symptoms page"
    );
}

#[test]
fn headings_within_a_page_are_unique() {
    for section in content::guide() {
        let mut seen = HashSet::new();
        content::walk_blocks(section.body, &mut |block| {
            if let Block::H2(text) = block {
                assert!(
                    seen.insert(*text),
                    "{}: heading {text:?} twice",
                    section.slug
                );
            }
        });
    }
}

#[test]
fn review_dates_are_real_and_within_their_period() {
    // Content was written from the facts sheet in November 2026; nothing may claim a review
    // before the guide existed.
    let guide_began = Date::new(2026, 11, 1);
    for section in content::guide() {
        let Section {
            slug,
            last_reviewed,
            next_review_due,
            review_period,
            ..
        } = section;
        assert!(
            last_reviewed.is_valid(),
            "{slug}: last_reviewed is not a date"
        );
        assert!(
            next_review_due.is_valid(),
            "{slug}: next_review_due is not a date"
        );
        assert!(
            *last_reviewed >= guide_began,
            "{slug}: last_reviewed too early"
        );
        assert!(
            next_review_due > last_reviewed,
            "{slug}: review due before last review"
        );
        let months = last_reviewed.months_until(*next_review_due);
        assert!(
            months <= review_period.max_months() as i32,
            "{slug}: {months} months between reviews; at most {} allowed",
            review_period.max_months()
        );
    }
}

#[test]
fn money_pages_are_reviewed_yearly() {
    let (_, money) = content::section("money-and-practical-help").expect("money page");
    assert_eq!(money.review_period, content::ReviewPeriod::MoneyAndContacts);
}

#[test]
fn a_page_past_its_review_date_says_so() {
    let section = &content::guide()[0];
    let due = section.next_review_due;
    assert!(
        !section.is_overdue(due),
        "not overdue on the due date itself"
    );
    let after = Date::new(due.year + 1, due.month, due.day);
    assert!(section.is_overdue(after));
    assert!(!section.is_overdue(section.last_reviewed));
}

/// The `id`s a guide page carries: its second-level headings, its care cards, its signs and
/// its questions for the team.
fn anchors(section: &Section) -> HashSet<String> {
    let mut out = HashSet::new();
    for blocks in [section.lead, section.body] {
        content::walk_blocks(blocks, &mut |block| match block {
            Block::H2(text) => {
                out.insert(content::heading_id(text));
            }
            Block::CareCard { id: Some(id), .. } => {
                out.insert(id.to_string());
            }
            Block::Signs(signs) => out.extend(signs.iter().map(|s| format!("sign-{}", s.id))),
            Block::Questions(questions) => {
                out.insert(content::QUESTIONS_ANCHOR.to_string());
                out.extend(questions.iter().map(|q| format!("question-{}", q.id)));
            }
            _ => {}
        });
    }
    out
}

#[test]
fn internal_links_lead_to_real_pages_and_places() {
    for (place, text, target) in links() {
        if let Target::Internal(address) = target {
            let (path, fragment) = address.split_once('#').unwrap_or((address, ""));
            let route = Route::from_path(path);
            assert_ne!(
                route,
                Route::NotFound,
                "{place}: link {text:?} goes to {path}, which is not a page"
            );
            if route == Route::Glossary {
                // The page itself ("words explained"), or one of its entries.
                assert!(
                    fragment.is_empty() || content::glossary::term(fragment).is_some(),
                    "{place}: link {text:?} goes to the glossary's #{fragment}, which has no entry"
                );
                continue;
            }
            if !fragment.is_empty() {
                let Route::Guide(index) = route else {
                    panic!("{place}: link {text:?}: only guide pages and the glossary have places to link to");
                };
                let section = &content::guide()[index];
                assert!(
                    anchors(section).contains(fragment),
                    "{place}: link {text:?} goes to #{fragment}, which is not on {}",
                    section.slug
                );
            }
        }
    }
}

#[test]
fn external_links_are_https() {
    for (place, text, target) in links() {
        if let Target::External(url) = target {
            assert!(url.starts_with("https://"), "{place}: {text:?} -> {url}");
        }
    }
}

/// The HTML every page carries before the app starts: the shell (index.html) and the "cannot
/// work in this browser" notice sitegen puts in it.
fn static_html() -> String {
    format!("{INDEX_HTML}{}", sbc_guide::app::render::render_fallback())
}

/// `tel:` targets in the HTML every page carries before the app starts (`static_html`).
fn index_html_tel_links() -> Vec<(String, String)> {
    let html = static_html();
    let mut out = Vec::new();
    let mut rest = html.as_str();
    while let Some(start) = rest.find("href=\"tel:") {
        rest = &rest[start + "href=\"tel:".len()..];
        let end = rest.find('"').expect("closing quote");
        let number = rest[..end].to_string();
        let text_start = rest.find('>').expect("link text") + 1;
        let text_end = rest.find("</a>").expect("closing </a>");
        out.push((number, rest[text_start..text_end].trim().to_string()));
        rest = &rest[end..];
    }
    out
}

#[test]
fn every_phone_number_is_on_the_allow_list_with_its_source() {
    let allowed = allow_list();
    for (number, entry) in &allowed {
        assert!(
            number.chars().all(|c| c.is_ascii_digit() || c == '+'),
            "allow-list: {number} is not in tel: form"
        );
        assert!(
            !entry.source.is_empty(),
            "allow-list: {number} has no source"
        );
    }
    let mut dialled: Vec<(String, String, String)> = links()
        .into_iter()
        .filter_map(|(place, text, target)| match target {
            Target::Tel(number) => Some((place, number.to_string(), text.to_string())),
            _ => None,
        })
        .collect();
    dialled.extend(
        index_html_tel_links()
            .into_iter()
            .map(|(number, text)| ("index.html".to_string(), number, text)),
    );
    for line in content::urgent_numbers::ALL_LINES {
        if let Some(phone) = line.phone {
            dialled.push((
                format!("urgent line {}", line.name),
                phone.tel.to_string(),
                phone.shown.to_string(),
            ));
        }
    }
    for org in content::directory::ORGANISATIONS {
        if let Some(phone) = org.phone {
            dialled.push((
                format!("directory/{}", org.id),
                phone.tel.to_string(),
                phone.shown.to_string(),
            ));
        }
    }
    assert!(dialled.len() >= 8, "the guide dials the key numbers");
    for (place, number, text) in dialled {
        let entry = allowed.get(&number).unwrap_or_else(|| {
            panic!("{place}: tel:{number} is not in content/phone-numbers.toml")
        });
        // Where the link text is the number itself, it must be written as the source writes it.
        if text.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            assert_eq!(
                text, entry.shown_as,
                "{place}: tel:{number} shown as {text:?}"
            );
        }
    }
}

fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

#[test]
fn the_closed_benefits_enquiry_line_never_appears() {
    // Built from parts so that the number itself never appears anywhere in the repository.
    let closed = ["0800", "88", "22", "00"].concat();
    for (place, text) in all_texts() {
        assert!(
            !digits(text).contains(&closed),
            "{place} shows the closed Benefits Enquiry Line"
        );
    }
    assert!(
        !digits(&static_html()).contains(&closed),
        "index.html shows the closed line"
    );
    assert!(
        !digits(ALLOW_LIST).contains(&closed),
        "the allow-list has the closed line"
    );
}

/// The content as the build reads it (files, lines, sources register).
fn content_files() -> content_build::Content {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    content_build::load(root, &content_build::app_rust(root)).unwrap_or_else(|problems| {
        panic!(
            "{}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

#[test]
fn every_page_reads_plainly_and_the_readme_lists_each_pages_review() {
    for section in content::guide() {
        let plain: Vec<String> = section.all_texts().into_iter().map(markup::plain).collect();
        let score = readability::flesch(plain.iter().map(String::as_str));
        assert!(
            score >= MIN_READING_EASE,
            "{}: reading ease {score:.1}",
            section.slug
        );
    }
    readme_table_is_current("the table of pages");
}

/// The README's generated table called `name` matches the content (see
/// `content_build::readme_problems`, which says where in the README it is).
fn readme_table_is_current(name: &str) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let stale: Vec<String> =
        content_build::readme_problems(README, &content_files(), &content_build::app_rust(root))
            .iter()
            .filter(|p| p.message.starts_with(name))
            .map(ToString::to_string)
            .collect();
    assert!(stale.is_empty(), "{}", stale.join("\n\n"));
}

#[test]
fn the_readme_lists_the_facts_that_rest_on_leads() {
    readme_table_is_current("the table of facts that rest on leads");
}

#[test]
fn the_app_is_built_from_the_content_files() {
    // What the app shows is what the content files say: same pages, same order, same words.
    let files = content_files();
    let slugs: Vec<&str> = content::guide().iter().map(|s| s.slug).collect();
    let ids: Vec<&str> = files.pages.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(slugs, ids);
    for (section, page) in content::guide().iter().zip(&files.pages) {
        assert_eq!(section.title, page.title);
        assert_eq!(section.summary, page.summary.text);
        let review = page.review(&files);
        assert_eq!(
            section.next_review_due.iso(),
            review.next_review_due.iso(),
            "{}",
            page.id
        );
    }
    let items: Vec<&str> = content::benefits::ITEMS.iter().map(|i| i.id).collect();
    let item_ids: Vec<&str> = files.benefits.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(items, item_ids);
}

#[test]
fn content_links_reach_only_the_apps_real_pages() {
    // The build checks internal links against content_build::APP_PAGES: it must name exactly the
    // app's routes that are not guide pages.
    let mut routes: Vec<String> = Route::all()
        .into_iter()
        .filter(|r| !matches!(r, Route::Guide(_) | Route::NotFound))
        .map(|r| format!("/{}", r.path()))
        .collect();
    routes.sort();
    let mut listed: Vec<String> = content_build::APP_PAGES
        .iter()
        .map(|p| p.to_string())
        .collect();
    listed.sort();
    assert_eq!(routes, listed);
}

#[test]
fn the_quote_is_the_leaflets_word_for_word() {
    let leaflet = std::fs::read_to_string("../shared/seed/secondary-breast-cancer-leaflet.txt");
    if let Ok(leaflet) = leaflet {
        assert!(leaflet.contains(content::words::home::QUOTE));
    }
    assert!(content::words::home::QUOTE_CITE.contains("Michele Angelo Petrone"));
    assert!(!content::words::home::QUOTE_CITE
        .to_lowercase()
        .contains("breast"));
}

#[test]
fn the_static_fallback_carries_the_key_helplines_and_symptoms() {
    let numbers: HashSet<String> = index_html_tel_links().into_iter().map(|(n, _)| n).collect();
    for needed in ["+448088080000", "999", "111", "116123"] {
        assert!(
            numbers.contains(needed),
            "index.html fallback lacks tel:{needed}"
        );
    }
    for words in ["spinal cord", "temperature", "calcium"] {
        assert!(
            static_html().to_lowercase().contains(words),
            "the fallback notice lacks the urgent symptom {words:?}"
        );
    }
}

/// Every file of the app that could carry a `tel:` link: the Rust and JavaScript sources, the
/// HTML shell, the public scripts and the content files.
fn app_source_files() -> Vec<std::path::PathBuf> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path
                .extension()
                .is_some_and(|x| ["rs", "js", "html", "toml", "md"].iter().any(|e| x == *e))
            {
                out.push(path);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![root.join("index.html")];
    for folder in content_build::RUST_FOLDERS {
        walk(&root.join(folder), &mut out);
    }
    walk(&root.join("public"), &mut out);
    // The content files are checked by the build too; scanning them here as well keeps this
    // test's own check (it must find the guide's numbers) meaningful.
    walk(&root.join("content"), &mut out);
    out
}

#[test]
fn every_tel_link_written_anywhere_in_the_app_is_on_the_allow_list() {
    // Not only content: a number typed into a component or a script is checked too.
    let allowed = allow_list();
    let mut checked = 0;
    for path in app_source_files() {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut rest = text.as_str();
        while let Some(start) = rest.find("tel:") {
            rest = &rest[start + 4..];
            let number: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '+')
                .collect();
            if number.is_empty() {
                continue; // "tel:" in prose or a format string ("tel:{}").
            }
            checked += 1;
            assert!(
                allowed.contains_key(&number),
                "{}: tel:{number} is not in content/phone-numbers.toml",
                path.display()
            );
        }
    }
    assert!(checked >= 5, "the scan found the guide's own numbers");
}

#[test]
fn every_setting_has_one_label_the_settings_page_gives_it() {
    use sbc_guide::content::settings_page::{MOTION, TEXT_SIZE, THEME};
    use sbc_guide::state::preferences::{Motion, TextSize, Theme};
    // The settings page offers every choice, in order, named as the "Your data" summary names it.
    fn offered(options: &[(&str, &str)]) -> Vec<(String, String)> {
        options
            .iter()
            .map(|(c, l)| (c.to_string(), l.to_string()))
            .collect()
    }
    fn all<T: Copy>(
        kinds: &[T],
        code: fn(T) -> &'static str,
        label: fn(T) -> &'static str,
    ) -> Vec<(String, String)> {
        kinds
            .iter()
            .map(|k| (code(*k).to_string(), label(*k).to_string()))
            .collect()
    }
    assert_eq!(
        offered(TEXT_SIZE.options),
        all(&TextSize::ALL, TextSize::code, TextSize::label)
    );
    assert_eq!(
        offered(THEME.options),
        all(&Theme::ALL, Theme::code, Theme::label)
    );
    assert_eq!(
        offered(MOTION.options),
        all(&Motion::ALL, Motion::code, Motion::label)
    );
    assert_eq!(
        Theme::HighContrast.label(),
        "High contrast (yellow and white on black)"
    );
}

/// The top-level arguments of the call whose `(` is at the start of `text`, and the rest after
/// its `)`; `None` when the parentheses do not close.
fn call_arguments(text: &str) -> Option<Vec<&str>> {
    let mut depth = 0;
    let mut in_string = false;
    let mut start = 1;
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '"' if !text[..i].ends_with('\\') => in_string = !in_string,
            _ if in_string => {}
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth == 0 {
                    out.push(text[start..i].trim());
                    return Some(out);
                }
            }
            ',' if depth == 1 => {
                out.push(text[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    None
}

/// The `(table, KEY)` of the words an argument starts from: `words::care_team::LEDE`, or a
/// `words::fill(…)` of them.
fn template_of(argument: &str) -> Option<(String, String)> {
    let argument = argument.trim_start_matches('&');
    let inner = argument
        .strip_prefix("words::fill")
        .or_else(|| argument.strip_prefix("fill"));
    if let Some(call) = inner {
        return template_of(call_arguments(call)?.first()?);
    }
    let (table, key) = argument.strip_prefix("words::")?.split_once("::")?;
    let key_ok = !key.is_empty() && key.chars().all(|c| c.is_ascii_uppercase() || c == '_');
    key_ok.then(|| (table.to_string(), key.to_string()))
}

#[test]
fn every_name_the_app_fills_in_is_declared_for_its_words() {
    // content-build's FILLED_IN is what the editor's check holds words.toml to; the code must
    // fill in exactly those names, or a declared name would be checked and still never filled.
    use content_build::words::{filled_in, FILLED_IN};
    let declared: HashSet<&str> = FILLED_IN
        .iter()
        .flat_map(|(_, _, n)| n.iter().copied())
        .collect();
    let mut paired = 0;
    for path in app_source_files()
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
    {
        let whole = std::fs::read_to_string(&path).unwrap();
        // Unit tests fill made-up words.
        let text = whole.split("#[cfg(test)]").next().unwrap_or_default();
        for call in ["fill(", "around("] {
            for (at, _) in text.match_indices(call) {
                let Some(args) = call_arguments(&text[at + call.len() - 1..]) else {
                    continue;
                };
                let Some(name) = args
                    .get(1)
                    .and_then(|a| a.strip_prefix('"'))
                    .and_then(|a| a.strip_suffix('"'))
                else {
                    continue;
                };
                assert!(
                    declared.contains(name),
                    "{}: the code fills in \"{name}\", which no entry of content_build::words::FILLED_IN declares",
                    path.display()
                );
                if let Some((table, key)) = args.first().and_then(|a| template_of(a)) {
                    let key = key.to_ascii_lowercase();
                    assert!(
                        filled_in(&table, &key).contains(&name),
                        "{}: the code fills \"{name}\" into words::{table}::{}, but FILLED_IN does not declare it there",
                        path.display(),
                        key.to_ascii_uppercase()
                    );
                    paired += 1;
                }
            }
        }
    }
    assert!(paired >= 30, "found the app's fills ({paired})");
    let files = content_files();
    for (table, key, _) in FILLED_IN {
        assert!(
            files
                .words
                .iter()
                .any(|w| w.table == *table && w.key == *key),
            "FILLED_IN declares [{table}] {key}, which is not in content/words.toml"
        );
    }
}

#[test]
fn the_installed_app_and_the_html_shell_carry_the_service_name() {
    // A phone names the guide from the manifest when it is added to the home screen; the shell's
    // title shows before the app's pages replace it. Both must say what words.toml says.
    let name = content::words::site::SERVICE_NAME;
    let manifest = std::fs::read_to_string("public/manifest.webmanifest").unwrap();
    assert!(
        manifest.contains(&format!("\"name\": \"{name}\"")),
        "public/manifest.webmanifest's \"name\" is not {name:?} (content/words.toml [site])"
    );
    let shell = std::fs::read_to_string("index.html").unwrap();
    assert!(
        shell.contains(&format!("<title>{name}</title>")),
        "index.html's <title> is not {name:?} (content/words.toml [site])"
    );
}

#[test]
fn every_question_id_has_one_question_in_order() {
    use sbc_guide::content::checklist_page::QUESTIONS;
    use sbc_guide::content::kinds::{QuestionId, SettingId};
    use sbc_guide::content::settings_page::{MOTION, TEXT_SIZE, THEME};
    let asked: Vec<QuestionId> = QUESTIONS.iter().map(|q| q.id).collect();
    assert_eq!(asked, QuestionId::ALL.to_vec());
    assert_eq!(
        vec![TEXT_SIZE.id, THEME.id, MOTION.id],
        SettingId::ALL.to_vec()
    );
}

#[test]
fn statements_without_a_national_source_are_the_known_ones() {
    // The build accepts an urgent line or checklist item that cites no national page only
    // with `no_national_source = "why"`. Each one here was looked for and not found; a new one
    // is a decision for the clinical or benefits reviewer, so it is made here too.
    let files = content_files();
    let mut found: Vec<String> = files
        .urgent
        .lines
        .iter()
        .filter(|l| l.no_national_source.is_some())
        .map(|l| format!("urgent line {}", l.id))
        .chain(
            files
                .benefits
                .iter()
                .filter(|i| i.no_national_source.is_some())
                .map(|i| format!("checklist {}", i.id)),
        )
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            "checklist disabled-persons-railcard",
            "checklist macmillan-grants",
            "urgent line cancer-treatment-helpline",
            "urgent line gp-out-of-hours-northern-ireland",
        ]
    );
}

#[test]
fn the_emergency_and_111_numbers_rest_on_national_pages() {
    // 999 and 111 are national services: the page that shows each number is a national body's.
    let files = content_files();
    for tel in ["999", "111"] {
        let phone = files.phones.iter().find(|p| p.tel == tel).unwrap();
        let source = files
            .sources
            .iter()
            .find(|s| s.id == phone.source.id)
            .unwrap();
        assert_eq!(
            source.scope,
            content_build::scope::Scope::National,
            "tel:{tel} cites {}, which is not a national page",
            source.id
        );
    }
}

/// Every question id released so far, kept apart from `content/questions.toml`, so that taking
/// an id out of the register (which the content check cannot see) fails here.
const RELEASED_QUESTION_IDS: &str = include_str!("fixtures/released-question-ids.txt");

#[test]
fn a_released_question_id_is_never_dropped() {
    let mut problems = Vec::new();
    let register =
        content_build::questions::parse(include_str!("../content/questions.toml"), &mut problems);
    assert!(problems.is_empty(), "{problems:?}");
    let in_register: HashSet<&str> = register
        .released
        .iter()
        .map(|(_, id)| id.as_str())
        .collect();
    let released: Vec<&str> = RELEASED_QUESTION_IDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    for id in &released {
        assert!(
            in_register.contains(id),
            "the question id \"{id}\" was released: keep it in released in content/questions.toml (add it to retired as well if the question is no longer asked)"
        );
    }
    for id in &in_register {
        assert!(
            released.contains(id),
            "the question id \"{id}\" is new: add it to tests/fixtures/released-question-ids.txt, so it is kept from now on"
        );
    }
}

#[test]
fn every_page_ends_with_questions_for_the_team_each_with_its_own_id() {
    let mut seen = HashSet::new();
    for section in content::guide() {
        let Some(Block::Questions(questions)) = section.body.last() else {
            panic!(
                "{} does not end with its questions for the team",
                section.slug
            );
        };
        assert!(!questions.is_empty(), "{}", section.slug);
        for q in *questions {
            assert!(seen.insert(q.id), "the question id {} is used twice", q.id);
            assert!(
                q.text.trim_end().ends_with('?'),
                "{}: {} is not a question",
                section.slug,
                q.id
            );
        }
    }
}

#[test]
fn each_guide_page_marks_the_first_use_of_each_glossary_term_once_with_its_hidden_meaning() {
    use sbc_guide::content::glossary;
    let mut marked_anywhere = 0;
    for (index, section) in content::guide().iter().enumerate() {
        let html = sbc_guide::app::render::render_page(Route::Guide(index));
        let ids: Vec<&str> = html
            .match_indices("data-app-term=\"app-term-")
            .map(|(at, m)| {
                let rest = &html[at + m.len()..];
                &rest[..rest.find('"').unwrap()]
            })
            .collect();
        for id in &ids {
            assert!(
                glossary::term(id).is_some(),
                "{}: a mark with no entry {id}",
                section.slug
            );
            assert_eq!(
                ids.iter().filter(|i| *i == id).count(),
                1,
                "{}: {id} marked twice",
                section.slug
            );
            let meaning = format!("id=\"app-term-{id}\" hidden");
            assert_eq!(
                html.matches(&meaning).count(),
                1,
                "{}: {id}'s meaning, hidden",
                section.slug
            );
            assert!(
                html.contains(&format!("href=\"glossary/#{id}\" data-app-term=")),
                "{}: without the popover, {id} is a link to its entry",
                section.slug
            );
        }
        // Never in a heading or inside another link.
        for tag in ["h1", "h2", "h3"] {
            for part in html.split(&format!("<{tag}")).skip(1) {
                let heading = &part[..part.find(&format!("</{tag}>")).unwrap()];
                assert!(
                    !heading.contains("app-term"),
                    "{}: a mark in a heading",
                    section.slug
                );
            }
        }
        marked_anywhere += ids.len();
    }
    assert!(
        marked_anywhere > 0,
        "the guide's pages use words the glossary explains"
    );
}

#[test]
fn no_page_links_to_a_bare_fragment_which_its_base_would_send_home() {
    // Every page has a `<base>` (so the folder works under any path): against it, `#id` means
    // the home page's `#id`. A link to a place on the same page carries the page's address.
    for route in Route::all() {
        let html = sbc_guide::app::render::render_page(route);
        assert!(
            !html.contains("href=\"#"),
            "{}: a link to a bare #fragment",
            route.path()
        );
    }
}

#[test]
fn each_checklist_item_links_the_first_use_of_each_glossary_term_to_its_entry() {
    let mut linked_anywhere = 0;
    for item in sbc_guide::content::benefits::ITEMS {
        let mut ids = Vec::new();
        for text in item.what.iter().chain(item.who).chain(item.how) {
            for run in markup::parse(text).unwrap() {
                if let Inline::Link {
                    target: Target::Internal(path),
                    ..
                } = run
                {
                    if let Some(id) = path.strip_prefix("/glossary/#") {
                        assert!(
                            sbc_guide::content::glossary::term(id).is_some(),
                            "{}: {id}",
                            item.id
                        );
                        assert!(!ids.contains(&id), "{}: {id} linked twice", item.id);
                        ids.push(id);
                    }
                }
            }
        }
        linked_anywhere += ids.len();
    }
    assert!(
        linked_anywhere > 0,
        "the checklist uses words the glossary explains"
    );
}

/// Every content file's text, lower-cased, with its path: what the editors write.
fn content_file_texts() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut out = Vec::new();
    let mut dirs = vec![root];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("content folder") {
            let path = entry.expect("content entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("md" | "toml")
            ) {
                let text = std::fs::read_to_string(&path).expect("content file");
                out.push((path.display().to_string(), text.to_lowercase()));
            }
        }
    }
    out
}

/// The drug rule of `facts-topics-disease.md` (and hazard H16): the guide never says whether a
/// drug is available on the NHS or recommended by NICE (that changes, and differs by nation),
/// and never names the drugs no official patient page described when the facts were
/// researched (its UNVERIFIED list G3 and G5), nor defines HER2-ultralow (G1).
#[test]
fn no_content_says_whether_a_drug_is_available_or_names_an_undescribed_drug() {
    const REFUSED: &[&str] = &[
        "available on the nhs",
        "available on nhs",
        "funded by the nhs",
        "nhs funds",
        "nice recommends",
        "nice has recommended",
        "recommended by nice",
        "nice has approved",
        "approved by nice",
        "talazoparib",
        "abemaciclib",
        "alpelisib",
        "sacituzumab",
        "pembrolizumab",
        "atezolizumab",
        "ultralow",
    ];
    let found: Vec<String> = content_file_texts()
        .iter()
        .flat_map(|(path, text)| {
            REFUSED
                .iter()
                .filter(|phrase| text.contains(*phrase))
                .map(move |phrase| format!("{path}: \"{phrase}\""))
        })
        .collect();
    assert!(found.is_empty(), "{found:#?}");
}

/// Drug facts change fast (`facts-topics-disease.md` G11): a page that names a cancer drug is
/// due for review within 12 months of its last review, whatever its sources' topics.
#[test]
fn a_page_that_names_a_drug_is_reviewed_within_a_year() {
    const DRUGS: &[&str] = &[
        "anastrozole",
        "letrozole",
        "exemestane",
        "tamoxifen",
        "fulvestrant",
        "palbociclib",
        "ribociclib",
        "trastuzumab",
        "pertuzumab",
        "olaparib",
        "capivasertib",
        "everolimus",
        "docetaxel",
        "paclitaxel",
        "capecitabine",
        "eribulin",
        "vinorelbine",
        "gemcitabine",
        "carboplatin",
        "epirubicin",
        "doxorubicin",
        "denosumab",
        "zoledron",
        "pamidron",
        "ibandron",
        "clodronate",
    ];
    let mut named = 0;
    for section in content::guide() {
        let text = section.all_texts().join(" ").to_lowercase();
        if let Some(drug) = DRUGS.iter().find(|d| text.contains(*d)) {
            named += 1;
            let months = section.last_reviewed.months_until(section.next_review_due);
            assert!(
                months <= 12,
                "{} names {drug} but is next due {months} months after its last review: add review_by",
                section.slug
            );
        }
    }
    assert!(named >= 3, "the drug pages name drugs: {named}");
}

/// Urgent advice has one home (hazard H16): every page about where the cancer has spread
/// points to the urgent symptoms page's own items rather than listing signs of its own, and no
/// other page carries a care card.
#[test]
fn pages_about_where_it_has_spread_point_to_the_urgent_signs_and_only_the_urgent_page_has_care_cards(
) {
    for section in content::guide() {
        let texts = section.all_texts();
        let points = texts
            .iter()
            .any(|t| t.contains("/guide/urgent-symptoms/#sign-"));
        let topic = content::pages::PAGES
            .iter()
            .find(|p| p.slug == section.slug)
            .map(|p| content::pages::TOPICS[p.topic].id);
        if topic == Some("where-it-has-spread") {
            assert!(
                points,
                "{}: link to the urgent symptoms page's signs",
                section.slug
            );
        }
        if section.slug != "urgent-symptoms" {
            assert!(
                !section
                    .lead
                    .iter()
                    .chain(section.body)
                    .any(|b| matches!(b, Block::CareCard { .. })),
                "{}: only the urgent symptoms page has care cards",
                section.slug
            );
        }
    }
}

/// Brain signs that come on over a few hours are 999 (urgent sign a5 and b12): only signs that
/// come on over a day or more go to the 24-hour line. Audit 21 found the urgent page's own
/// "Brain symptoms and driving" section sending "new signs over hours or days" to the 24-hour
/// line, weaker than b12 beside it; no sentence anywhere may pair the two again.
#[test]
fn no_sentence_sends_signs_that_come_on_over_hours_to_the_24_hour_line() {
    for (place, text) in all_texts() {
        for sentence in text.split_inclusive(['.', '!', '?']) {
            let sentence = sentence.to_lowercase();
            if sentence.contains("24-hour line") {
                assert!(
                    !sentence.contains("over hours") && !sentence.contains("hours or days"),
                    "{place}: {sentence}"
                );
            }
        }
    }
}

/// Urgent help for a person's mental health (hazard H18), on the page about anxiety and low
/// mood, in a section of its own that "On this page" lists: 999 when life is at risk, the
/// Samaritans line, and a route for each of the four nations, each number on the allow-list
/// with its source (checked for every page by `every_phone_number_is_on_the_allow_list_with_its_source`).
/// The emotional support page leads to it.
#[test]
fn urgent_mental_health_help_names_999_samaritans_and_each_nations_route() {
    let (_, page) =
        content::section("anxiety-and-low-mood").expect("the anxiety and low mood page");
    let anchor = "if-you-need-urgent-help-for-your-mental-health";
    assert!(
        anchors(page).contains(anchor),
        "the page has its urgent help section, #{anchor}"
    );
    let text = page.all_texts().join("\n");
    let section = &text[text
        .find("**If you have harmed yourself")
        .expect("the section opens with 999")..];
    for needed in [
        "(tel:999)",
        "(tel:116123)",
        "in England",
        "in Scotland",
        "in Wales",
        "in Northern Ireland",
    ] {
        assert!(
            section.contains(needed),
            "the urgent mental health help names {needed}"
        );
    }
    let (_, support) = content::section("emotional-support").expect("the emotional support page");
    assert!(
        support
            .all_texts()
            .iter()
            .any(|t| t.contains(&format!("/guide/anxiety-and-low-mood/#{anchor}"))),
        "the emotional support page leads to urgent mental health help"
    );
}
