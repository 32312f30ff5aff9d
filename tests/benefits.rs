//! The benefits checklist: its rules (table-driven), the person's progress, and its content.

use sbc_guide::content::benefits::{Group, Nation, ITEMS};
use sbc_guide::content::{markup, Date};
use sbc_guide::domain::checklist::{visible, Answers, Checklist, LastYear, Status};
use std::collections::HashSet;

fn ids(answers: &Answers) -> Vec<&'static str> {
    visible(answers).iter().map(|item| item.id).collect()
}

fn answers(nation: Option<Nation>, over_pension_age: Option<bool>) -> Answers {
    Answers {
        nation,
        over_pension_age,
        ..Answers::default()
    }
}

#[test]
fn rules_table() {
    use Nation::*;
    // (answers, must show, must not show)
    let cases: Vec<(Answers, Vec<&str>, Vec<&str>)> = vec![
        (
            answers(Some(Scotland), Some(true)),
            vec![
                "pension-age-disability-payment",
                "bus-pass-scotland",
                "carer-support-payment",
                "prescriptions-free",
            ],
            vec![
                "attendance-allowance",
                "pip",
                "adult-disability-payment",
                "carers-allowance",
                "prescriptions-england",
            ],
        ),
        (
            answers(Some(England), Some(false)),
            vec![
                "pip",
                "prescriptions-england",
                "bus-pass-england",
                "council-tax",
                "disability-living-allowance",
            ],
            vec![
                "adult-disability-payment",
                "attendance-allowance",
                "pension-age-disability-payment",
                "prescriptions-free",
            ],
        ),
        (
            answers(Some(Wales), None),
            vec![
                "pip",
                "attendance-allowance",
                "bus-pass-wales",
                "prescriptions-free",
            ],
            vec![
                "bus-pass-england",
                "bus-pass-scotland",
                "adult-disability-payment",
            ],
        ),
        (
            answers(Some(NorthernIreland), Some(false)),
            vec!["pip", "bus-pass-northern-ireland", "prescriptions-free"],
            vec![
                "council-tax",
                "adult-disability-payment",
                "attendance-allowance",
            ],
        ),
        // The disability benefits are never left out for the difficulty answers: anyone may
        // ask for an SR1 or a BASRiS (the fourth and seventh audits). Travel items that need a
        // mobility difficulty are left out only on a "No" to it and a "No" to the terminal
        // question ("prefer not to say" or no answer leave them in: the third audit).
        (
            Answers {
                mobility_difficulty: Some(false),
                needs_care: Some(false),
                last_year: Some(LastYear::No),
                ..answers(Some(England), Some(false))
            },
            vec![
                "pip",
                "disability-living-allowance",
                "disabled-persons-railcard",
                "blue-badge",
            ],
            vec!["vehicle-tax", "motability"],
        ),
        (
            Answers {
                mobility_difficulty: Some(false),
                needs_care: Some(false),
                last_year: Some(LastYear::PreferNotToSay),
                ..answers(Some(England), Some(true))
            },
            vec!["attendance-allowance", "blue-badge"],
            vec!["pip"],
        ),
        (
            Answers {
                mobility_difficulty: Some(false),
                needs_care: Some(false),
                last_year: Some(LastYear::No),
                ..answers(Some(Scotland), Some(true))
            },
            vec![
                "pension-age-disability-payment",
                "special-rules-scotland",
                "blue-badge",
            ],
            vec!["adult-disability-payment", "motability"],
        ),
        (
            Answers {
                mobility_difficulty: Some(false),
                needs_care: Some(false),
                last_year: Some(LastYear::Yes),
                ..answers(Some(England), Some(false))
            },
            vec!["pip", "blue-badge", "special-rules"],
            vec!["special-rules-scotland"],
        ),
        (
            Answers {
                mobility_difficulty: Some(true),
                needs_care: Some(false),
                last_year: Some(LastYear::No),
                ..answers(Some(England), Some(true))
            },
            vec!["blue-badge", "motability", "attendance-allowance"],
            vec!["pip"],
        ),
        (
            Answers {
                has_carer: Some(false),
                ..Answers::default()
            },
            vec!["pip"],
            vec!["carers-allowance", "carer-support-payment"],
        ),
        // The audit's corrections (../shared/facts-corrections.md).
        // Pension Credit is for people over State Pension age. Universal Credit is shown over
        // it too: a couple where one partner is under it claims Universal Credit, not Pension
        // Credit (GOV.UK and nidirect Pension Credit eligibility; the third audit, W7). The
        // disability benefits of working age are not shown over it.
        (
            answers(Some(Scotland), Some(true)),
            vec!["pension-credit", "universal-credit-esa"],
            vec!["adult-disability-payment"],
        ),
        (
            answers(Some(England), Some(true)),
            vec![
                "pension-credit",
                "attendance-allowance",
                "universal-credit-esa",
            ],
            vec!["pip"],
        ),
        (
            answers(Some(Wales), Some(false)),
            vec!["universal-credit-esa"],
            vec!["pension-credit"],
        ),
        // Northern Ireland has rates, not Council Tax, and its own travel scheme, not the
        // Great Britain railcard.
        (
            answers(Some(NorthernIreland), None),
            vec!["rates-northern-ireland", "bus-pass-northern-ireland"],
            vec!["council-tax", "disabled-persons-railcard"],
        ),
        (
            answers(Some(England), None),
            vec!["council-tax", "disabled-persons-railcard"],
            vec!["rates-northern-ireland"],
        ),
        (
            answers(Some(Scotland), None),
            vec!["council-tax", "disabled-persons-railcard"],
            vec!["rates-northern-ireland"],
        ),
    ];
    for (answers, shown, hidden) in cases {
        let got = ids(&answers);
        for id in shown {
            assert!(
                got.contains(&id),
                "{answers:?} should show {id}: got {got:?}"
            );
        }
        for id in hidden {
            assert!(
                !got.contains(&id),
                "{answers:?} should not show {id}: got {got:?}"
            );
        }
    }
}

#[test]
fn unanswered_and_show_everything_show_every_item() {
    assert_eq!(visible(&Answers::default()).len(), ITEMS.len());
    let everything = Answers {
        show_everything: true,
        has_carer: Some(false),
        mobility_difficulty: Some(false),
        needs_care: Some(false),
        ..answers(Some(Nation::Scotland), Some(true))
    };
    assert_eq!(visible(&everything).len(), ITEMS.len());
}

#[test]
fn special_rules_come_first_only_when_relevant() {
    let yes = Answers {
        last_year: Some(LastYear::Yes),
        ..answers(Some(Nation::England), None)
    };
    assert_eq!(ids(&yes)[0], "special-rules");
    let scotland = Answers {
        nation: Some(Nation::Scotland),
        ..yes.clone()
    };
    // Scotland's own rules (no time limit) first; the SR1 item is not Scotland's.
    assert_eq!(ids(&scotland)[0], "special-rules-scotland");
    assert!(!ids(&scotland).contains(&"special-rules"));
    for other in [Some(LastYear::No), Some(LastYear::PreferNotToSay), None] {
        let answers = Answers {
            last_year: other,
            ..yes.clone()
        };
        // `yes` is England's: the SR1 item is listed there whatever the answer.
        let list = visible(&answers);
        assert_ne!(list[0].group, Group::SpecialRules, "{other:?}");
        assert!(
            list.iter().any(|i| i.id == "special-rules"),
            "still listed for {other:?}"
        );
    }
}

#[test]
fn not_working_puts_income_before_disability_benefits() {
    let position =
        |answers: &Answers, id: &str| ids(answers).iter().position(|i| *i == id).unwrap();
    let working = Answers {
        working: Some(true),
        ..answers(Some(Nation::England), Some(false))
    };
    let not_working = Answers {
        working: Some(false),
        ..working.clone()
    };
    assert!(position(&working, "pip") < position(&working, "universal-credit-esa"));
    assert!(position(&not_working, "universal-credit-esa") < position(&not_working, "pip"));
}

#[test]
fn the_difficulty_answers_order_the_disability_benefits() {
    let position =
        |a: &Answers, id: &str| visible(a).iter().position(|i| i.id == id).expect("shown");
    let none = Answers {
        working: Some(true),
        mobility_difficulty: Some(false),
        needs_care: Some(false),
        ..answers(Some(Nation::England), Some(false))
    };
    assert!(
        position(&none, "universal-credit-esa") < position(&none, "pip"),
        "no difficulty: after income, still shown"
    );
    let hard_and_not_working = Answers {
        working: Some(false),
        needs_care: Some(true),
        ..none.clone()
    };
    assert!(
        position(&hard_and_not_working, "pip")
            < position(&hard_and_not_working, "universal-credit-esa"),
        "everyday things are hard: disability benefits first, even without earnings"
    );
}

#[test]
fn progress_survives_a_change_of_answers() {
    let mut list = Checklist::default();
    list.answers.nation = Some(Nation::England);
    list.set_status("pip", Status::Applied);
    list.set_note("pip", "Applied 3 March, ref PIP-123");
    assert_eq!(list.summary(), (1, list.items().len()));

    list.answers.nation = Some(Nation::Scotland);
    assert!(list.items().iter().all(|i| i.id != "pip"));
    assert_eq!(list.summary().0, 0, "a hidden item does not count");

    list.answers.nation = Some(Nation::England);
    let pip = list.progress("pip");
    assert_eq!(pip.status, Status::Applied);
    assert_eq!(pip.note, "Applied 3 March, ref PIP-123");
}

#[test]
fn saved_checklists_round_trip() {
    let mut list = Checklist {
        answers: Answers {
            last_year: Some(LastYear::PreferNotToSay),
            working: Some(false),
            ..answers(Some(Nation::NorthernIreland), Some(true))
        },
        ..Checklist::default()
    };
    list.set_status("blue-badge", Status::Receiving);
    list.set_note("macmillan-grants", "Nurse applying for me");
    let text = sbc_guide::state::storage::encode(&list, 1);
    assert_eq!(
        sbc_guide::state::storage::decode(&text, 1),
        sbc_guide::state::storage::Loaded::Found(list)
    );
}

#[test]
fn items_are_complete_and_link_to_an_official_page_for_every_nation() {
    let mut seen = HashSet::new();
    for item in ITEMS {
        assert!(seen.insert(item.id), "duplicate id {}", item.id);
        assert!(!item.name.is_empty());
        for (field, texts) in [("what", item.what), ("who", item.who), ("how", item.how)] {
            assert!(!texts.is_empty(), "{}: {field} is empty", item.id);
            for text in texts {
                assert!(
                    !text.trim().is_empty() && !text.contains("TODO"),
                    "{}: {field} unfinished",
                    item.id
                );
                markup::parse(text).unwrap_or_else(|e| panic!("{}: {e}", item.id));
            }
        }
        for nation in item.shown.nations {
            assert!(
                item.links.iter().any(|l| l.nations.contains(nation)),
                "{}: no official link for {}",
                item.id,
                nation.name()
            );
        }
        for link in item.links {
            assert!(
                link.url.starts_with("https://"),
                "{}: {}",
                item.id,
                link.url
            );
            assert!(!link.text.is_empty());
        }
        assert!(!item.sources.is_empty(), "{}: no sources", item.id);
        assert!(item.last_reviewed.is_valid() && item.next_review_due.is_valid());
        assert!(item.last_reviewed >= Date::new(2026, 11, 1));
        assert!(
            item.last_reviewed.months_until(item.next_review_due) <= 12,
            "{}: benefits are reviewed at least yearly",
            item.id
        );
    }
}

#[test]
fn the_checklist_names_what_the_leaflet_named() {
    let names: Vec<&str> = ITEMS.iter().map(|i| i.name).collect();
    for needed in [
        "Disability Living Allowance",
        "Blue Badge",
        "Vehicle tax",
        "Railcard",
        "bus pass",
    ] {
        assert!(
            names
                .iter()
                .any(|n| n.to_lowercase().contains(&needed.to_lowercase())),
            "the checklist lacks {needed}"
        );
    }
}

#[test]
fn no_amounts_are_shown() {
    for item in ITEMS {
        for text in item.texts() {
            assert!(!text.contains('£'), "{}: shows an amount: {text}", item.id);
        }
    }
}

/// Facts the audit corrected, as the person reads them.
fn item(id: &str) -> &'static sbc_guide::content::benefits::Benefit {
    ITEMS.iter().find(|i| i.id == id).expect("item exists")
}

fn plain_text(id: &str) -> String {
    item(id)
        .texts()
        .map(markup::plain)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn scotland_shows_child_disability_payment_for_children_not_dla() {
    let dla = item("disability-living-allowance");
    let text = plain_text("disability-living-allowance");
    assert!(text.contains("In Scotland, children get Child Disability Payment"));
    assert!(text
        .contains("In England, Wales and Northern Ireland, children under 16 can still get DLA"));
    // Nobody in Scotland is sent to claim DLA on GOV.UK.
    assert!(dla
        .links_for(Some(Nation::Scotland))
        .all(|link| !link.url.contains("gov.uk/dla")
            && !link.url.contains("disability-living-allowance-children")));
}

#[test]
fn corrected_wording_is_in_the_checklist() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        // (item, must say, must not say)
        (
            "special-rules",
            &[
                "specialty doctor",
                "hospice doctor",
                "registered nurse",
                "New Style",
            ],
            &["DS1500 is"],
        ),
        (
            "universal-credit-esa",
            &["under State Pension age", "National Insurance"],
            &[],
        ),
        ("blue-badge", &["local council"], &["SR1", "speed up"]),
        ("motability", &["12 months"], &[]),
        (
            "disabled-persons-railcard",
            &["Great Britain"],
            &["1 March 2026"],
        ),
        (
            "macmillan-grants",
            &["ask for a money adviser"],
            &["8am", "8pm"],
        ),
        (
            "rates-northern-ireland",
            &["Disabled Person's Allowance", "Rate Rebate"],
            &["Council Tax Reduction"],
        ),
        (
            "pension-credit",
            &["State Pension age"],
            &["fast", "special rules"],
        ),
        ("prescriptions-england", &["FP92A", "5 years"], &[]),
    ];
    for (id, must, must_not) in cases {
        let text = plain_text(id);
        for words in *must {
            assert!(text.contains(words), "{id} should say {words:?}: {text}");
        }
        for words in *must_not {
            assert!(
                !text.contains(words),
                "{id} should not say {words:?}: {text}"
            );
        }
    }
}

#[test]
fn the_pip_item_is_reviewed_by_march_2027() {
    // A government review of PIP was due to report in autumn 2026 (facts-corrections.md).
    assert!(item("pip").next_review_due <= Date::new(2027, 3, 31));
}

#[test]
fn no_item_is_reviewed_later_than_twelve_months() {
    for item in ITEMS {
        assert!(
            item.last_reviewed.months_until(item.next_review_due) <= 12,
            "{}: benefits are checked at least yearly",
            item.id
        );
    }
}

/// The independent review of December 2026 (facts-corrections.md, "Added 2026-12-07"):
/// Scotland's terminal-illness rule has no time limit, adult DLA and Attendance Allowance moved
/// to Social Security Scotland, and the Macmillan line's hours are not the money advisers'.
#[test]
fn scotland_is_never_given_the_twelve_month_rule_as_its_own() {
    use sbc_guide::content::words;
    // The question fits every nation: no time limit in its words.
    for words in [
        words::question_last_year::LEGEND,
        words::benefit_groups::SPECIAL_RULES,
    ] {
        let lower = words.to_lowercase();
        assert!(
            !lower.contains("last year") && !lower.contains("12 months"),
            "{words:?} asks Scotland about a time limit"
        );
    }
    // Every sentence an item shows in Scotland that gives the 12-month rule says whose rule it
    // is: the UK's (DWP benefits) or England, Wales and Northern Ireland's.
    for item in ITEMS
        .iter()
        .filter(|i| i.shown.nations.contains(&Nation::Scotland))
    {
        for text in item.texts().map(markup::plain) {
            for sentence in text.split(". ") {
                if sentence.contains("12 months or less to live") {
                    assert!(
                        sentence.contains("England") || sentence.contains("UK"),
                        "{} tells Scotland the 12-month rule as if it were its own: {sentence:?}",
                        item.id
                    );
                }
            }
        }
    }
    assert!(!item("special-rules")
        .shown
        .nations
        .contains(&Nation::Scotland));
    let scotland = plain_text("special-rules-scotland");
    for words in [
        "no time limit",
        "Scottish Adult Disability Living Allowance",
        "Pension Age Disability Payment",
        "not reviewed",
    ] {
        assert!(
            scotland.contains(words),
            "the Scotland item should say {words:?}"
        );
    }
    assert!(plain_text("disability-living-allowance")
        .contains("Scottish Adult Disability Living Allowance"));
    assert!(plain_text("pension-age-disability-payment")
        .contains("taken the place of Attendance Allowance"));
    assert!(!plain_text("pension-age-disability-payment").contains("Disability Living Allowance"));
}

/// Macmillan's money advisers do not keep the Support Line's 8am to 8pm (facts-corrections.md,
/// 2026-12-07), and Breast Cancer Now's groups are no longer "meet-ups": checked in every
/// content file, so a new page cannot bring either back.
#[test]
fn no_content_gives_money_advisers_the_lines_hours_or_calls_groups_meet_ups() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut files = vec![];
    for dir in [root.clone(), root.join("pages")] {
        for entry in std::fs::read_dir(dir).expect("content folder") {
            let path = entry.expect("entry").path();
            if path.is_file() {
                files.push(path);
            }
        }
    }
    // The sources register keeps each page's own title, whatever it calls the groups.
    files.retain(|p| !p.ends_with("sources.toml"));
    for path in files {
        let text = std::fs::read_to_string(&path).expect("content file");
        for (n, line) in text.lines().enumerate() {
            let at = format!("{}:{}", path.display(), n + 1);
            assert!(
                !line.to_lowercase().contains("meet-up"),
                "{at} says meet-ups"
            );
            // A description and its hours are one entry in directory.toml.
            for sentence in line.split(". ") {
                if sentence.contains("money adviser") && sentence.contains("8pm") {
                    assert!(
                        sentence.contains("own hours"),
                        "{at} gives money advisers the line's hours: {sentence:?}"
                    );
                }
            }
        }
    }
}

/// Carer's Allowance and Carer Support Payment go by where the carer lives, which may not be
/// where the person lives (mygov.scot "Carer Support Payment: who can apply"; the eighth
/// audit): whatever nation the person gives, the carers' items link to both.
#[test]
fn a_carer_is_offered_the_benefit_of_where_they_live_whatever_the_persons_nation() {
    for nation in [
        Nation::England,
        Nation::Scotland,
        Nation::Wales,
        Nation::NorthernIreland,
    ] {
        let shown = Answers {
            has_carer: Some(true),
            ..answers(Some(nation), None)
        };
        let urls: Vec<&str> = visible(&shown)
            .iter()
            .filter(|item| item.group == Group::Carers)
            .flat_map(|item| item.links_for(Some(nation)))
            .map(|link| link.url)
            .collect();
        assert!(
            urls.iter()
                .any(|u| u.contains("mygov.scot/carer-support-payment")),
            "{nation:?}: no way to Carer Support Payment for a carer in Scotland: {urls:?}"
        );
        assert!(
            urls.iter().any(|u| u.contains("gov.uk/carers-allowance")),
            "{nation:?}: no way to Carer's Allowance for a carer in Great Britain: {urls:?}"
        );
    }
}
