//! Every kind of editor's mistake, one fixture each: the build must refuse it with a message that
//! names the file, the line and what to do. `tests/fixtures/good/` is a small, correct content
//! tree; each folder in `tests/fixtures/bad/` replaces one of its files with a single mistake.

use content_build::{load, rust_text, Problem};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The good tree with the `kind` fixture's files laid over it, read as the build reads it.
fn problems_of(kind: &str) -> Vec<Problem> {
    // Tests run side by side and may read the same fixture: each reading has its own folder.
    static READINGS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let reading = READINGS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let root = std::env::temp_dir().join(format!(
        "content-build-fixture-{kind}-{}-{reading}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&root);
    copy_tree(&fixtures().join("good"), &root);
    copy_tree(&fixtures().join("bad").join(kind), &root);
    let result = load(&root, &rust_text(&root.join("src")));
    let _ = std::fs::remove_dir_all(&root);
    result.err().unwrap_or_default()
}

#[test]
fn the_good_tree_is_accepted() {
    let root = fixtures().join("good");
    let content = load(&root, &rust_text(&root.join("src"))).unwrap_or_else(|problems| {
        panic!(
            "{}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert_eq!(content.pages.len(), 2);
    assert_eq!(content.benefits.len(), 1);
    assert_eq!(content.organisations.len(), 1);
}

#[test]
fn each_mistake_is_reported_with_its_file_line_and_what_to_do() {
    // (fixture, file, line, words the message must contain)
    let cases: &[(&str, &str, usize, &str)] = &[
        (
            "unknown-block",
            "content/pages/first-page.md",
            17,
            "unknown kind of box \"care-crad\"",
        ),
        (
            "missing-field",
            "content/pages/second-page.md",
            1,
            "no \"short_title\"",
        ),
        (
            "unknown-source",
            "content/pages/first-page.md",
            7,
            "no source \"nhs-exmaple\" in the register",
        ),
        (
            "unknown-internal-link",
            "content/pages/first-page.md",
            15,
            "leads to no page of the guide",
        ),
        (
            "unknown-anchor",
            "content/pages/first-page.md",
            15,
            "no place called \"#sings\"",
        ),
        (
            "tel-not-allowed",
            "content/pages/second-page.md",
            13,
            "not in the list of numbers the guide may dial",
        ),
        (
            "urgent-111-in-northern-ireland",
            "content/urgent-numbers.toml",
            15,
            "offers 111 in Northern Ireland",
        ),
        (
            "urgent-999-not-first",
            "content/urgent-numbers.toml",
            4,
            "the first line must be 999, for everyone",
        ),
        (
            "markup-in-list",
            "content/passages.toml",
            5,
            "is not closed",
        ),
        (
            "link-in-bold",
            "content/passages.toml",
            2,
            "a link inside **strong words**",
        ),
        (
            "tel-not-allowed-in-passage",
            "content/passages.toml",
            2,
            "not in the list of numbers the guide may dial",
        ),
        (
            "tel-shown-differently",
            "content/pages/first-page.md",
            14,
            "says \"9 9 9\", not \"999\"",
        ),
        (
            "date-wrong-form",
            "content/pages/second-page.md",
            6,
            "\"30/11/2026\" is not a date",
        ),
        (
            "reading-ease",
            "content/pages/second-page.md",
            13,
            "reading ease",
        ),
        (
            "home-page-source",
            "content/sources.toml",
            27,
            "is a site's home page",
        ),
        (
            "unused-source",
            "content/sources.toml",
            2,
            "\"never-cited\" is not cited anywhere",
        ),
        (
            "duplicate-source",
            "content/sources.toml",
            24,
            "\"nhs-example\" is used twice",
        ),
        (
            "lead-only",
            "content/pages/second-page.md",
            8,
            "every source given here is a lead",
        ),
        (
            "sign-in-wrong-card",
            "content/pages/first-page.md",
            18,
            "[b1] is in the wrong care card",
        ),
        (
            "box-not-closed",
            "content/pages/second-page.md",
            15,
            "this box is never closed",
        ),
        ("toml-syntax", "content/benefits.toml", 3, ""),
        ("toml-unknown-field", "content/directory.toml", 6, "opening"),
        ("unknown-nation", "content/benefits.toml", 5, "walse"),
        (
            "page-not-listed",
            "content/pages/second-page.md",
            0,
            "not in any topic of the guide",
        ),
        (
            "markup",
            "content/pages/second-page.md",
            13,
            "`**` is not closed",
        ),
        (
            "misspelt-citation",
            "content/benefits.toml",
            11,
            "no source \"govuk-exampel\"",
        ),
        (
            "markup-in-words",
            "content/words.toml",
            2,
            "shows these words as they are",
        ),
        (
            "duplicate-page-in-register",
            "content/sources.toml",
            27,
            "already in the register (line 5)",
        ),
        (
            "not-https",
            "content/sources.toml",
            27,
            "does not start with https://",
        ),
        (
            "review-by-before-review",
            "content/pages/second-page.md",
            7,
            "review_by is not after last_reviewed",
        ),
        (
            "link-misspelt-page",
            "content/pages/first-page.md",
            15,
            "leads to no page of the guide",
        ),
        (
            "link-without-slash",
            "content/pages/first-page.md",
            15,
            "needs a / at the end",
        ),
        (
            "list-item-without-space",
            "content/pages/first-page.md",
            14,
            "not written the way the guide's lists are",
        ),
        (
            "link-not-https",
            "content/pages/first-page.md",
            14,
            "the link's address \"http://www.gov.uk/pip\" must start with https://",
        ),
        (
            "list-item-pasted-bullet",
            "content/pages/first-page.md",
            14,
            "not written the way the guide's lists are",
        ),
        (
            "placeholder-not-closed",
            "content/words.toml",
            5,
            "a { in [care_team] lede is not closed with }",
        ),
        (
            "placeholder-stray-brace",
            "content/words.toml",
            5,
            "a } in [care_team] lede has no { before it",
        ),
        (
            "placeholder-twice",
            "content/words.toml",
            5,
            "{support} is written twice in [care_team] lede",
        ),
        (
            "placeholder-misspelt",
            "content/words.toml",
            5,
            "{suport} in [care_team] lede is not something the app fills in",
        ),
        (
            "placeholder-missing",
            "content/words.toml",
            5,
            "{support} is missing from [care_team] lede",
        ),
        (
            "scope-missing",
            "content/sources.toml",
            24,
            "the source \"govuk-example\" has no scope",
        ),
        (
            "scope-unknown",
            "content/sources.toml",
            9,
            "\"nationl\" is not a scope",
        ),
        (
            "scope-print-not-print",
            "content/sources.toml",
            20,
            "scope = \"print\" does not go with this source's kind",
        ),
        (
            "scope-national-not-national-site",
            "content/sources.toml",
            20,
            "scope = \"national\" is for a national body's site, and news.example.org is not one",
        ),
        (
            "retired-site",
            "content/sources.toml",
            5,
            "is on a retired site: an NHS Choices address",
        ),
        (
            "urgent-no-national-source",
            "content/urgent-numbers.toml",
            16,
            "the line \"your-gp\" cites no national source",
        ),
        (
            "benefit-no-national-source",
            "content/benefits.toml",
            11,
            "the item \"example-benefit\" cites no national source",
        ),
        (
            "exception-not-needed",
            "content/urgent-numbers.toml",
            17,
            "no_national_source is not needed",
        ),
        (
            "question-without-id",
            "content/pages/first-page.md",
            22,
            "a question has no id",
        ),
        (
            "question-not-released",
            "content/pages/first-page.md",
            22,
            "the question id \"ask-something-new\" is not in content/questions.toml",
        ),
        (
            "question-released-missing",
            "content/questions.toml",
            4,
            "the released question \"ask-gone\" is on no page",
        ),
        (
            "question-retired-reused",
            "content/pages/first-page.md",
            22,
            "the question id \"ask-first\" was retired",
        ),
        (
            "no-questions",
            "content/pages/second-page.md",
            17,
            "does not end with \"Questions you could ask your team\"",
        ),
        (
            "questions-not-last",
            "content/pages/second-page.md",
            23,
            "the questions box is not the last thing on the page",
        ),
        (
            "topic-without-pages",
            "content/guide.toml",
            7,
            "the topic \"later\" has no pages",
        ),
        (
            "page-in-two-topics",
            "content/guide.toml",
            11,
            "the page \"second-page\" is listed twice",
        ),
        (
            "end-of-life-without-gentle-word",
            "content/pages/second-page.md",
            1,
            "does not open with a gentle word",
        ),
        (
            "glossary-duplicate-term",
            "content/glossary.toml",
            9,
            "\"Emergency\" is a duplicate term",
        ),
        (
            "glossary-no-meaning",
            "content/glossary.toml",
            3,
            "the term \"emergency\" has no meaning",
        ),
        (
            "glossary-unknown-entry",
            "content/pages/first-page.md",
            15,
            "a mark with no entry: the glossary has no \"#emergancy\"",
        ),
        (
            "glossary-mark-by-hand",
            "content/pages/first-page.md",
            10,
            "{{ is kept for the glossary's marks",
        ),
        (
            "glossary-unknown-page",
            "content/glossary.toml",
            9,
            "there is no page \"third-page\"",
        ),
        (
            "end-of-life-first-in-topic",
            "content/guide.toml",
            7,
            "the topic \"later\" starts with a page about the end of life",
        ),
    ];
    let mut failures = Vec::new();
    for (kind, file, line, words) in cases {
        let problems = problems_of(kind);
        let found = problems.iter().any(|p| {
            p.file == *file && p.line == *line && p.message.contains(words) && !p.fix.is_empty()
        });
        if !found {
            failures.push(format!(
                "{kind}: expected {file}:{line} \"{words}\", got:\n{}",
                problems
                    .iter()
                    .map(|p| format!("  {p}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_fixture_folder_is_in_the_table() {
    // A new fixture without an expectation would test nothing.
    let mut kinds: Vec<String> = std::fs::read_dir(fixtures().join("bad"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    kinds.sort();
    let source = include_str!("fixtures.rs");
    for kind in kinds {
        assert!(
            source.contains(&format!("\"{kind}\",")),
            "{kind} has no expectation"
        );
    }
}

#[test]
fn a_problem_reads_as_file_line_message_and_what_to_do() {
    let p = Problem::new(
        "content/pages/a.md",
        12,
        "something is wrong",
        "fix it like this",
    );
    assert_eq!(
        p.to_string(),
        "content/pages/a.md:12: something is wrong\n    What to do: fix it like this"
    );
}

#[test]
fn a_misspelt_citation_is_reported_alone() {
    // Not also as an unused source: an editor following that message would delete a good entry.
    let problems = problems_of("misspelt-citation");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].file, "content/benefits.toml");
    assert_eq!(problems[0].line, 11);
    assert!(problems[0].message.contains("no source \"govuk-exampel\""));
}

#[test]
fn a_link_to_an_unknown_page_lists_the_pages_that_exist() {
    let problems = problems_of("unknown-internal-link");
    let fix = &problems
        .iter()
        .find(|p| p.message.contains("leads to no page"))
        .unwrap()
        .fix;
    for page in content_build::APP_PAGES {
        assert!(fix.contains(page), "{fix}");
    }
}

#[test]
fn a_misspelt_placeholder_suggests_the_right_name() {
    let problems = problems_of("placeholder-misspelt");
    // Not also reported as missing: the editor has one slip to fix, not two.
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].fix.contains("{suport} looks like {support}"),
        "{}",
        problems[0].fix
    );
}

/// The good tree copied to a fresh folder, for tests that change its files as bytes.
fn good_copy(name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("content-build-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    copy_tree(&fixtures().join("good"), &root);
    root
}

#[test]
fn files_saved_with_a_byte_order_mark_are_read() {
    // Windows Notepad's "UTF-8 with BOM": the page must still start with its front matter.
    let root = good_copy("bom");
    for file in [
        "content/pages/first-page.md",
        "content/words.toml",
        "content/sources.toml",
    ] {
        let path = root.join(file);
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend(std::fs::read(&path).unwrap());
        std::fs::write(&path, bytes).unwrap();
    }
    let result = load(&root, &rust_text(&root.join("src")));
    let _ = std::fs::remove_dir_all(&root);
    assert!(result.is_ok(), "{:?}", result.err());
}

#[test]
fn a_file_not_saved_as_utf8_says_so() {
    // "ANSI" (Windows-1252): £ is the single byte A3.
    let root = good_copy("ansi");
    let path = root.join("content/words.toml");
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend(b"\n[money]\nfee = \"\xA35\"\n");
    std::fs::write(&path, bytes).unwrap();
    let problems = load(&root, &rust_text(&root.join("src")))
        .err()
        .unwrap_or_default();
    let _ = std::fs::remove_dir_all(&root);
    assert!(
        problems.iter().any(|p| p.file == "content/words.toml"
            && p.message.contains("not saved as UTF-8")
            && p.fix.contains("Encoding: UTF-8")),
        "{problems:?}"
    );
}

#[test]
fn a_slip_in_an_id_suggests_the_nearest() {
    let fix_of = |kind: &str, words: &str| {
        problems_of(kind)
            .into_iter()
            .find(|p| p.message.contains(words))
            .map(|p| p.fix)
            .unwrap_or_default()
    };
    // (fixture, words of the message, words its "what to do" must contain)
    let cases = [
        (
            "link-misspelt-page",
            "leads to no page",
            "did you mean /guide/second-page/?",
        ),
        (
            "link-without-slash",
            "needs a /",
            "write it as /guide/second-page/",
        ),
        (
            "link-not-https",
            "the link's address",
            "use the page's secure address: https://www.gov.uk/pip",
        ),
        ("unknown-anchor", "no place called", "did you mean #signs?"),
        (
            "unknown-source",
            "no source",
            "did you mean \"nhs-example\"?",
        ),
        (
            "scope-unknown",
            "is not a scope",
            "did you mean \"national\"?",
        ),
    ];
    for (kind, message, fix) in cases {
        let found = fix_of(kind, message);
        assert!(found.contains(fix), "{kind}: {found}");
    }
}

#[test]
fn an_out_of_date_readme_table_is_reported_where_it_is() {
    let root = fixtures().join("good");
    let rust = rust_text(&root.join("src"));
    let content = load(&root, &rust).unwrap();
    let pages = content_build::readme_pages_table(&content);
    let leads = content_build::readme_leads_table(&content, &rust);
    let stale_pages = pages.replacen("| 2", "| 1", 1);
    assert_ne!(stale_pages, pages);
    let readme = format!("# Guide\n\n## Pages\n\n{stale_pages}\n## Leads\n\n{leads}");
    let problems = content_build::readme_problems(&readme, &content, &rust);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        (problems[0].file.as_str(), problems[0].line),
        // At the row that changed (the first page's, two lines under the table's first line).
        ("README.md", 7)
    );
    assert!(
        problems[0].fix.contains("starts on line 5"),
        "{}",
        problems[0].fix
    );
    assert!(problems[0].fix.ends_with(&pages), "{}", problems[0].fix);
}

#[test]
fn docs_editing_explains_every_kind_of_mistake() {
    // An editor looks a message up in docs/EDITING.md's table; each fixture's message must
    // be there, by words it starts with or contains.
    let editing = include_str!("../../../docs/EDITING.md");
    let table = editing
        .split("## What the check messages mean")
        .nth(1)
        .expect("docs/EDITING.md has a section \"What the check messages mean\"");
    let phrases: &[(&str, &str)] = &[
        ("unknown-block", "unknown kind of box"),
        ("missing-field", "the front matter has no"),
        ("unknown-source", "there is no source"),
        ("misspelt-citation", "there is no source"),
        ("unknown-internal-link", "leads to no page of the guide"),
        ("link-misspelt-page", "leads to no page of the guide"),
        ("link-without-slash", "needs a / at the end"),
        (
            "link-not-https",
            "must start with https:// (another site), / (a page of the guide), tel: or mailto:",
        ),
        ("unknown-anchor", "has no place called"),
        (
            "tel-not-allowed",
            "is not in the list of numbers the guide may dial",
        ),
        (
            "tel-not-allowed-in-passage",
            "is not in the list of numbers the guide may dial",
        ),
        ("tel-shown-differently", "the link to tel:… says"),
        (
            "urgent-111-in-northern-ireland",
            "offers 111 in Northern Ireland",
        ),
        ("urgent-999-not-first", "the first line must be 999"),
        ("markup", "`**` is not closed"),
        ("markup-in-list", "is not closed"),
        ("link-in-bold", "a link inside **strong words**"),
        ("date-wrong-form", "is not a date"),
        ("reading-ease", "reading ease is"),
        ("home-page-source", "is a site's home page"),
        ("unused-source", "is not cited anywhere"),
        ("duplicate-source", "is used twice"),
        (
            "duplicate-page-in-register",
            "this page is already in the register",
        ),
        ("lead-only", "every source given here is a lead"),
        ("sign-in-wrong-card", "is in the wrong care card"),
        ("box-not-closed", "this box is never closed"),
        ("page-not-listed", "is not in any topic of the guide"),
        ("question-without-id", "a question has no id"),
        ("question-not-released", "is not in content/questions.toml"),
        ("question-released-missing", "is on no page"),
        ("question-retired-reused", "was retired"),
        (
            "no-questions",
            "does not end with \"Questions you could ask your team\"",
        ),
        (
            "questions-not-last",
            "the questions box is not the last thing on the page",
        ),
        ("topic-without-pages", "has no pages"),
        ("glossary-duplicate-term", "is a duplicate term"),
        ("glossary-no-meaning", "has no meaning"),
        ("glossary-unknown-entry", "a mark with no entry"),
        ("glossary-unknown-page", "to turn the mark of"),
        ("glossary-mark-by-hand", "is kept for the glossary's marks"),
        ("page-in-two-topics", "is listed twice"),
        (
            "end-of-life-without-gentle-word",
            "does not open with a gentle word",
        ),
        (
            "end-of-life-first-in-topic",
            "starts with a page about the end of life",
        ),
        ("markup-in-words", "the app shows these words as they are"),
        ("not-https", "does not start with https://"),
        (
            "review-by-before-review",
            "review_by is not after last_reviewed",
        ),
        (
            "list-item-without-space",
            "is not written the way the guide's lists are",
        ),
        ("placeholder-misspelt", "is not something the app fills in"),
        ("placeholder-not-closed", "is not closed with }"),
        ("placeholder-stray-brace", "has no { before it"),
        ("placeholder-twice", "is written twice"),
        (
            "list-item-pasted-bullet",
            "is not written the way the guide's lists are",
        ),
        ("placeholder-missing", "is missing from [table]"),
        ("scope-missing", "has no scope"),
        ("scope-unknown", "is not a scope"),
        (
            "scope-print-not-print",
            "does not go with this source's kind",
        ),
        (
            "scope-national-not-national-site",
            "is for a national body's site",
        ),
        ("retired-site", "is on a retired site"),
        ("urgent-no-national-source", "cites no national source"),
        ("benefit-no-national-source", "cites no national source"),
        ("exception-not-needed", "no_national_source is not needed"),
        ("toml-syntax", "A message about TOML"),
        ("toml-unknown-field", "unknown field"),
        ("unknown-nation", "expected"),
    ];
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(fixtures().join("bad")).unwrap() {
        let kind = entry.unwrap().file_name().to_string_lossy().into_owned();
        match phrases.iter().find(|(k, _)| *k == kind) {
            Some((_, phrase)) if table.contains(phrase) => {}
            Some((_, phrase)) => missing.push(format!("{kind}: \"{phrase}\" is not in the table")),
            None => missing.push(format!("{kind}: no phrase given in this test")),
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn one_slip_with_a_curly_bracket_is_one_message() {
    // A lost { or } is said once, where it is: not also as the name missing.
    for kind in ["placeholder-not-closed", "placeholder-stray-brace"] {
        let problems = problems_of(kind);
        assert_eq!(problems.len(), 1, "{kind}: {problems:?}");
    }
}

#[test]
fn a_non_utf8_file_names_the_line_of_its_first_bad_letter() {
    let root = good_copy("ansi-line");
    let path = root.join("content/words.toml");
    let mut bytes = std::fs::read(&path).unwrap();
    let lines = bytes.iter().filter(|&&b| b == b'\n').count();
    bytes.extend(b"[money]\nfee = \"\xA35\"\n");
    std::fs::write(&path, bytes).unwrap();
    let problems = load(&root, &rust_text(&root.join("src")))
        .err()
        .unwrap_or_default();
    let _ = std::fs::remove_dir_all(&root);
    let found = problems
        .iter()
        .find(|p| p.message.contains("not saved as UTF-8"))
        .unwrap();
    // The file ended with a line break: "[money]" is line lines + 1, the fee line + 2.
    assert_eq!(found.line, lines + 2, "{found}");
}

#[test]
fn a_retired_site_is_refused_in_a_link_too() {
    // Not only in the register: a link in the text to a retired site or a developer's copy.
    let root = good_copy("retired-link");
    let path = root.join("content/pages/first-page.md");
    let page = std::fs::read_to_string(&path).unwrap().replace(
        "This is a short page.",
        "This is a short page. See [the old page](https://www.nhsdirect.wales.nhs.uk/encyclopaedia/o/article/outofhoursservices).",
    );
    std::fs::write(&path, page).unwrap();
    let problems = load(&root, &rust_text(&root.join("src")))
        .err()
        .unwrap_or_default();
    let _ = std::fs::remove_dir_all(&root);
    assert!(
        problems
            .iter()
            .any(|p| p.file == "content/pages/first-page.md"
                && p.message.contains("is on a retired site: NHS Direct Wales")
                && p.fix.contains("https://111.wales.nhs.uk")),
        "{problems:?}"
    );
}

#[test]
fn a_line_or_item_with_no_national_source_is_accepted_when_it_says_why() {
    // The fixtures' mistakes, each with the reason written on it, are accepted: a safety line
    // is never dropped for want of a national page, only marked.
    let root = good_copy("exception");
    for (kind, file) in [
        ("urgent-no-national-source", "content/sources.toml"),
        ("urgent-no-national-source", "content/urgent-numbers.toml"),
    ] {
        std::fs::copy(
            fixtures().join("bad").join(kind).join(file),
            root.join(file),
        )
        .unwrap();
    }
    let urgent = root.join("content/urgent-numbers.toml");
    let text = std::fs::read_to_string(&urgent).unwrap().replace(
        "sources = [\"charity-example\"]",
        "sources = [\"charity-example\"]\nno_national_source = \"No national page names this line.\"",
    );
    std::fs::write(&urgent, text).unwrap();
    let result = load(&root, &rust_text(&root.join("src")));
    let _ = std::fs::remove_dir_all(&root);
    let content = result.unwrap_or_else(|problems| panic!("{problems:?}"));
    let line = content
        .urgent
        .lines
        .iter()
        .find(|l| l.id == "your-gp")
        .unwrap();
    assert_eq!(
        line.no_national_source
            .as_ref()
            .map(|(_, why)| why.as_str()),
        Some("No national page names this line.")
    );
}

#[test]
fn docs_editing_names_every_national_site() {
    // The check's list of national sites is the one place they are defined; the editors'
    // guide repeats it, so it must keep up.
    let editing = include_str!("../../../docs/EDITING.md");
    for host in content_build::scope::NATIONAL_HOSTS {
        assert!(
            editing.contains(&format!("`{host}`")),
            "docs/EDITING.md does not name the national site `{host}`"
        );
    }
    for retired in content_build::scope::RETIRED {
        assert!(
            editing.contains(&format!("`{}`", retired.host)),
            "docs/EDITING.md does not name the retired site `{}`",
            retired.host
        );
    }
}
