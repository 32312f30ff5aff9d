//! The urgent symptoms page against the urgent facts: every sign is on the page, in the card
//! its fact belongs to, and no card sends a person to 111 when their 24-hour line cannot be
//! reached. The nation rule itself is tested in `src/domain/urgent.rs`.

use sbc_guide::content::benefits::Nation;
use sbc_guide::content::urgent_numbers::{ALL_LINES, CANCER_TREATMENT_HELPLINE, EMERGENCY};
use sbc_guide::content::{self, markup, Block, Section, Urgency};
use std::collections::BTreeMap;

const REQUIRED: &str = include_str!("../docs/clinical-safety/urgent-signs.txt");
/// The "cannot work here" notice, as every built page carries it.
fn fallback() -> String {
    sbc_guide::app::render::render_fallback()
}

fn urgent_page() -> &'static Section {
    content::section("urgent-symptoms")
        .expect("the urgent symptoms page")
        .1
}

/// Each sign id on the page, with the urgency of the card it is in (`None`: not in a card).
fn signs_on_page() -> BTreeMap<String, Vec<Option<Urgency>>> {
    fn visit(
        blocks: &'static [Block],
        card: Option<Urgency>,
        out: &mut BTreeMap<String, Vec<Option<Urgency>>>,
    ) {
        for block in blocks {
            match block {
                Block::CareCard { urgency, body, .. } => visit(body, Some(*urgency), out),
                Block::Inset(inner) | Block::Changed(inner) => visit(inner, card, out),
                Block::Warning { body, .. } => visit(body, card, out),
                Block::Signs(signs) => {
                    for sign in *signs {
                        out.entry(sign.id.to_string()).or_default().push(card);
                    }
                }
                _ => {}
            }
        }
    }
    let page = urgent_page();
    let mut out = BTreeMap::new();
    visit(page.lead, None, &mut out);
    visit(page.body, None, &mut out);
    out
}

/// The text of the sign with this id, wherever it is on the page.
fn sign(id: &str) -> &'static str {
    fn find(blocks: &'static [Block], id: &str) -> Option<&'static str> {
        blocks.iter().find_map(|block| match block {
            Block::CareCard { body, .. } | Block::Warning { body, .. } => find(body, id),
            Block::Inset(inner) | Block::Changed(inner) => find(inner, id),
            Block::Signs(signs) => signs.iter().find(|s| s.id == id).map(|s| s.text),
            _ => None,
        })
    }
    let page = urgent_page();
    find(page.lead, id)
        .or_else(|| find(page.body, id))
        .unwrap_or_else(|| panic!("no sign {id} on the urgent page"))
}

/// The independent clinical review of December 2026 (facts-urgent.md A3, A4, A8, B9, B11, C1,
/// amended 2026-12-07): each finding, as the page must now say it.
#[test]
fn the_december_2026_clinical_review_findings_stay_fixed() {
    let plain = |id: &str| markup::plain(sign(id)).to_lowercase();
    // Dangerous: more than a few spots or streaks of blood is 999 (NHS "Coughing up blood"),
    // and a very fast heartbeat is among the signs of a clot in the lung (NHS "Pulmonary embolism").
    assert!(plain("a3").contains("more than a few spots or streaks"));
    assert!(plain("a3").contains("very fast heartbeat"));
    assert!(plain("b11").contains("only a few spots or streaks"));
    assert!(plain("b11").contains("call 999"));
    // Dangerous: a rash that does not fade under a glass is sepsis, 999 (NHS "Sepsis").
    assert!(plain("a8").contains("do not fade when you roll a glass over them"));
    assert!(plain("b9").contains("do not fade when you roll a glass over them, call 999"));
    // Dangerous: neck or back pain is never "tell your team soon" (NICE NG234: 24 hours).
    assert!(plain("c1").contains("other than in your neck or back"));
    assert!(
        sign("c1").contains("#sign-b4"),
        "c1 points to the back pain sign"
    );
    // Stale: repeated fits and breathing problems after one are 999 (NHS seizure page).
    assert!(plain("a4").contains("one after another"));
    assert!(plain("a4").contains("breathing problems after a fit"));
    // Fits point to the 999 item about fits, and the clot section to the clot item.
    let body = content::texts(urgent_page().body).join(" ");
    for text in content::texts(urgent_page().body) {
        let lower = text.to_lowercase();
        if lower.contains("fit") && lower.contains("999") && text.contains("#sign-a") {
            assert!(
                text.contains("#sign-a4"),
                "a fit should point to a4: {text:?}"
            );
        }
    }
    assert!(
        body.contains("very fast heartbeat"),
        "the blood clots section"
    );
    // Second review: a serious allergic reaction is 999 (nidirect "Anaphylaxis"); nerve signs
    // and a broken leg or hip have their own way to A&E; a message left is never waited on
    // without end.
    assert!(plain("a9").contains("lips, mouth, tongue or throat swell"));
    assert!(plain("b3").contains("go to a&e now"));
    assert!(plain("b10").contains("go to a&e"));
    assert!(body.contains("do not keep waiting"));
    // Third review: the 999 signs in the tummy; on treatment, a new cough, breathlessness or
    // feeling unwell goes to the 24-hour line, not "soon"; sudden tummy pain is never "soon".
    assert!(plain("a10").contains("coffee grounds"));
    assert!(plain("a10").contains("not being able to poo or pass wind"));
    // Sixth review: NHS inform's list also has "you cannot pee".
    assert!(plain("a10").contains("not being able to pee"));
    assert!(plain("c2").contains("if you are having treatment, call your 24-hour line"));
    assert!(plain("c4")
        .contains("if you are having treatment, or it comes on suddenly, call your 24-hour line"));
    assert!(plain("c3").contains("call 999"));
    // Fifth review: a racing heart alone is a 999 sign (NHS "Pulmonary embolism"); a broken
    // hip is 999, not a journey to A&E.
    assert!(plain("a2").contains("heart is beating very fast"));
    assert!(plain("a11").contains("broken your hip, thigh bone, neck or back"));
    assert!(plain("a12").contains("blisters or peeling skin"));
    // Twelfth and thirteenth reviews: a tight chest is 999, not "soon"; a clot with
    // breathlessness is 999; stroke signs that pass are still 999; brain signs over hours are
    // 999; a head injury; and anything else that feels life-threatening.
    assert!(plain("a1").contains("tight, heavy or squeezing"));
    assert!(!plain("c2").contains("tight chest that does not go away"));
    assert!(plain("b5").contains("breathless or have chest pain, call 999"));
    assert!(plain("a5").contains("even if the signs go away"));
    assert!(plain("b12").contains("over a few hours, or you are not sure, call 999"));
    assert!(plain("a13").contains("blood thinners"));
    assert!(urgent_page()
        .all_texts()
        .join(" ")
        .contains("anything else that makes you think your life is at risk"));
    assert!(
        !plain("b10").contains("weight"),
        "one sign, one route: the broken hip is in the 999 card only"
    );
    // Eighth review: green sick and a stiff neck with pain from bright light are 999 signs; the
    // epilepsy exception never covers the 999 signs.
    assert!(plain("a10").contains("green sick"));
    // Tenth review: the same NHS inform list has "you have diabetes and you're vomiting".
    assert!(plain("a10").contains("being sick if you have diabetes"));
    assert!(plain("a5").contains("stiff neck"));
    assert!(plain("a4").contains("but these signs always do"));
}

fn required() -> Vec<(String, Urgency)> {
    REQUIRED
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let id = line.split('|').next().unwrap().trim().to_ascii_lowercase();
            let card = match id.chars().next() {
                Some('a') => Urgency::Emergency,
                Some('b') => Urgency::Urgent,
                Some('c') => Urgency::NonUrgent,
                _ => panic!("urgent-signs.txt: {line:?} does not start with A, B or C"),
            };
            (id, card)
        })
        .collect()
}

#[test]
fn every_urgent_fact_is_on_the_page_once_in_its_own_card() {
    let on_page = signs_on_page();
    let required = required();
    assert_eq!(
        required.len(),
        34,
        "facts-urgent.md has 8 A, 14 B and 6 C items; A9 (a serious allergic reaction, nidirect) was added by the second independent review of December 2026, A10 (tummy pain, blood in sick or poo, NHS inform and NHS 111 Wales) by the third, A11 (a broken hip, moved from B10) by the ninth, A12 (a blistering rash) and B15 (a rash during treatment) by the eleventh, A13 (a head injury) by the thirteenth"
    );
    for (id, card) in &required {
        let places = on_page
            .get(id)
            .unwrap_or_else(|| panic!("sign {id} is not on the urgent symptoms page"));
        assert_eq!(
            places,
            &vec![Some(*card)],
            "sign {id} must be once, in the {card:?} card"
        );
    }
    for id in on_page.keys() {
        assert!(
            required.iter().any(|(r, _)| r == id),
            "sign {id} is on the page but not in docs/clinical-safety/urgent-signs.txt"
        );
    }
}

#[test]
fn the_999_card_comes_first_then_the_24_hour_line_then_tell_your_team() {
    let page = urgent_page();
    let Some(Block::CareCard {
        id,
        urgency,
        heading,
        ..
    }) = page.lead.first()
    else {
        panic!("the first thing under the h1 must be the 999 care card");
    };
    assert_eq!(*urgency, Urgency::Emergency);
    assert_eq!(
        *id,
        Some("call-999"),
        "the header's Urgent help link leads here"
    );
    assert!(heading.starts_with("Call 999 now"));
    let cards: Vec<(Urgency, &str)> = page
        .body
        .iter()
        .filter_map(|b| match b {
            Block::CareCard {
                urgency, heading, ..
            } => Some((*urgency, *heading)),
            _ => None,
        })
        .collect();
    assert_eq!(cards.len(), 2);
    assert_eq!(cards[0].0, Urgency::Urgent);
    assert!(cards[0]
        .1
        .starts_with("Call your 24-hour line now, day or night"));
    assert_eq!(cards[1].0, Urgency::NonUrgent);
    assert!(cards[1].1.starts_with("Tell your hospital team"));
}

/// Every text inside the page's care cards.
fn card_texts() -> Vec<&'static str> {
    let mut out = Vec::new();
    let page = urgent_page();
    for blocks in [page.lead, page.body] {
        for block in blocks {
            if let Block::CareCard { heading, body, .. } = block {
                out.push(*heading);
                out.extend(content::texts(body));
            }
        }
    }
    out
}

#[test]
fn no_card_sends_anyone_to_111_instead_of_their_24_hour_line() {
    for text in card_texts() {
        assert!(!text.contains("tel:111"), "a care card dials 111: {text:?}");
        let plain = markup::plain(text);
        for sentence in plain.split(". ") {
            if sentence.contains("111") {
                assert!(
                    sentence.contains("Do not") || sentence.contains("not 111"),
                    "a care card points to 111: {sentence:?}"
                );
            }
        }
    }
    let page = content::texts(urgent_page().body).join(" ");
    assert!(
        page.contains("go to A&E"),
        "when the line cannot be reached: A&E"
    );
}

#[test]
fn nerve_signs_are_an_emergency_and_lead_to_a_and_e_without_a_line() {
    let texts = card_texts().join(" ");
    assert!(texts.contains("This is an emergency: call at once"));
    assert!(texts.contains("spinal cord, go to A&E at once"));
}

#[test]
fn the_page_never_tells_people_to_lie_flat_or_gives_unverified_timings() {
    let all = urgent_page().all_texts().join(" ").to_lowercase();
    for banned in [
        "lie flat",
        "lying flat",
        "within a day or two",
        "38°c",
        "35°c",
        "%",
    ] {
        assert!(
            !all.contains(banned),
            "the urgent page says {banned:?} (facts D1, F1, F5, G6)"
        );
    }
}

/// The nation's own line for urgent help that is not a 999 emergency: exactly one.
fn nation_line(nation: Nation) -> &'static content::urgent_numbers::UrgentLine {
    let lines: Vec<_> = ALL_LINES
        .iter()
        .copied()
        .filter(|l| l.nations == [nation] && **l != CANCER_TREATMENT_HELPLINE)
        .collect();
    assert_eq!(lines.len(), 1, "{nation:?} has one line of its own");
    lines[0]
}

#[test]
fn lines_for_some_nations_name_them_and_northern_ireland_has_no_111() {
    assert_eq!(*ALL_LINES[0], EMERGENCY, "999 comes first");
    assert!(EMERGENCY.nations.len() == 4);
    assert_eq!(CANCER_TREATMENT_HELPLINE.nations, &[Nation::Scotland]);
    for nation in Nation::ALL {
        let line = nation_line(nation);
        assert_eq!(line.nations, &[nation]);
        assert!(
            line.name.contains(nation.name()) || line.name.contains("Wales"),
            "{}",
            line.name
        );
    }
    let ni = nation_line(Nation::NorthernIreland);
    assert!(
        ni.phone.is_none(),
        "Northern Ireland's GP Out of Hours number varies: none is written"
    );
    assert!(!ni.when.contains("call 111") && !ni.name.contains("111"));
}

#[test]
fn the_static_notice_labels_each_nations_line_and_sends_nerve_signs_to_a_and_e() {
    let notice = fallback();
    let lower = notice.to_lowercase();
    for marker in [
        "data-nations=\"england\"",
        "data-nations=\"scotland\"",
        "data-nations=\"wales\"",
        "data-nations=\"northern-ireland\"",
    ] {
        assert!(notice.contains(marker), "the notice lacks {marker}");
    }
    assert!(lower.contains("in northern ireland, call your gp practice"));
    // What to do without a 24-hour line (facts B "Not eligible"), and A&E at once for nerve signs.
    assert!(lower.contains("no 24-hour line?"));
    assert!(lower.contains("with spinal cord signs, go to a&amp;e at once"));
    assert!(lower.contains("a&amp;e") || lower.contains("a&e"));
    // Every 111 in the notice is inside an element marked for the nations that have it.
    for (i, _) in notice.match_indices("tel:111") {
        let before = &notice[..i];
        let li = before.rfind("<li").expect("111 in a list item");
        let tag = &before[li..];
        assert!(
            tag.contains("data-nations=") && !tag.contains("northern-ireland"),
            "the notice shows 111 without marking it for England, Scotland or Wales"
        );
    }
}

/// A word each 999 sign (the A lines of urgent-signs.txt) must leave in every short summary of
/// when to call 999: the 999 line the support page shows, and the "cannot work here" notice.
/// A new A sign fails here until its word is chosen, so no summary can lag the card (the third
/// review found the 999 line without sudden confusion or coughing up blood).
const EMERGENCY_SUMMARY_WORDS: &[(&str, &str)] = &[
    ("a1", "chest pain"),
    ("a2", "breath"),
    ("a3", "coughing up"),
    ("a4", "fit"),
    ("a5", "stroke"),
    ("a6", "confusion"),
    ("a7", "heavy bleeding"),
    ("a8", "sepsis"),
    ("a9", "allergic reaction"),
    ("a10", "tummy pain"),
    ("a11", "broken hip"),
    ("a12", "rash with blisters"),
    ("a13", "head injury"),
];

/// Checks that `words` gives every sign of `card` in urgent-signs.txt a word, in order, and that
/// each summary in `summaries` (name, lower-case text) contains every word.
fn summaries_name_every_sign(card: Urgency, words: &[(&str, &str)], summaries: &[(&str, String)]) {
    let ids: Vec<String> = required()
        .into_iter()
        .filter(|(_, c)| *c == card)
        .map(|(id, _)| id)
        .collect();
    let listed: Vec<String> = words.iter().map(|(id, _)| id.to_string()).collect();
    assert_eq!(
        listed, ids,
        "give each {card:?} sign in urgent-signs.txt its summary word"
    );
    for (name, text) in summaries {
        for (id, word) in words {
            assert!(text.contains(word), "{name} lacks {id} ({word})");
        }
    }
}

#[test]
fn every_999_sign_is_in_each_short_summary_of_when_to_call_999() {
    summaries_name_every_sign(
        Urgency::Emergency,
        EMERGENCY_SUMMARY_WORDS,
        &[
            ("the 999 line", EMERGENCY.when.to_lowercase()),
            ("the no-app notice", fallback().to_lowercase()),
        ],
    );
}

/// A word each 24-hour-line sign (the B lines of urgent-signs.txt) must leave in the notice shown
/// when the app cannot run, which is all some people see of the guide's tools (the fourteenth
/// review found that summary cut short after high calcium).
const URGENT_SUMMARY_WORDS: &[(&str, &str)] = &[
    ("b1", "37.5°c"),
    ("b2", "signs of infection"),
    ("b3", "spinal cord compression"),
    ("b4", "back or neck pain"),
    ("b5", "blood clot"),
    ("b6", "swelling of your face"),
    ("b7", "high calcium"),
    ("b8", "diarrhoea"),
    ("b9", "bruising"),
    ("b10", "a bone that breaks"),
    ("b11", "streaks of blood"),
    ("b12", "headache"),
    ("b13", "yellow"),
    ("b14", "painkillers"),
    ("b15", "rash"),
];

#[test]
fn every_24_hour_line_sign_is_in_the_notice_shown_without_the_app() {
    let notice = fallback().to_lowercase();
    assert!(
        !notice.contains("), if you cannot"),
        "a summary sentence runs on into the next"
    );
    summaries_name_every_sign(
        Urgency::Urgent,
        URGENT_SUMMARY_WORDS,
        &[("the no-app notice", notice)],
    );
}
