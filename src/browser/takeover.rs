//! Taking over the pre-rendered page without the person noticing.
//!
//! Every page arrives as HTML rendered at build time from the same components (see `sitegen`),
//! so the words are on screen before the wasm has downloaded. When the app starts it draws the
//! page again, live, and swaps it in within one task, so the browser never paints in between.
//! What the person did in the meantime is carried across: where they had scrolled to, which
//! control had focus, what they had typed or ticked, and which sections they had opened. Links
//! need nothing: they are real links and work before the app starts.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

const FOCUSABLE: &str = "a[href],button,input,select,textarea,summary,[tabindex]";
const TOUCHED_FIELDS: &str =
    "input[data-app-touched][id],textarea[data-app-touched][id],select[data-app-touched][id]";

/// What the person changed on the pre-rendered page.
pub struct Snapshot {
    scroll: (f64, f64),
    focus: Option<Focus>,
    fields: Vec<Field>,
    /// For each `<details>`, whether the person opened (or closed) it: `None` if untouched.
    details: Vec<Option<bool>>,
}

enum Focus {
    Id(String),
    /// Nth focusable element, with its tag and text to check it is the same control.
    Nth(usize, String, String),
}

/// A control the person changed, with what the build had drawn in it (`built`). The live
/// page is drawn from what is saved: where that differs from what the person saw when they
/// changed the control, the saved value wins and their early change is not applied, so
/// nothing done before the app read saved data ever replaces it with first-visit defaults.
enum Field {
    /// A checkbox or radio button; `built` is the value of the one the build had checked in
    /// its group (a checkbox is its own group: "on" or "").
    Checked {
        id: String,
        checked: bool,
        built: String,
    },
    Value {
        id: String,
        value: String,
        built: String,
    },
}

/// The value of the checked control in `input`'s group, "" when none is: as the build drew it
/// (`checked` attribute) or as it is live (`checked` property). Values, not ids: an unanswered
/// question is drawn with no button checked by the build and with its blank ("skip") choice
/// checked by the app, and both mean "not answered".
fn checked_in_group(root: &Element, input: &HtmlInputElement, as_built: bool) -> String {
    let is_checked = |i: &HtmlInputElement| {
        if as_built {
            i.has_attribute("checked")
        } else {
            i.checked()
        }
    };
    // Attributes and methods the rest of the take-over already uses: each new browser binding
    // costs every bundle its glue.
    let name = input.get_attribute("name").unwrap_or_default();
    if input.type_() != "radio" || name.is_empty() {
        return if is_checked(input) {
            "on".into()
        } else {
            String::new()
        };
    }
    each(root, &format!("input[type=radio][name=\"{name}\"]"))
        .into_iter()
        .filter_map(|el| el.dyn_into::<HtmlInputElement>().ok())
        .find(|i| is_checked(i))
        .map(|i| i.value())
        .unwrap_or_default()
}

/// What the build drew in a select: its option marked `selected`, or the first (every option
/// the guide draws has a `value`).
fn built_choice(select: &Element) -> String {
    let options = each(select, "option");
    options
        .iter()
        .find(|o| o.has_attribute("selected"))
        .or(options.first())
        .and_then(|o| o.get_attribute("value"))
        .unwrap_or_default()
}

/// Every element under `root` matching `selector`, in document order (none if it is invalid).
pub fn each(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn label(el: &Element) -> (String, String) {
    (el.tag_name(), el.text_content().unwrap_or_default())
}

impl Snapshot {
    /// Reads what the person changed under `root`, the pre-rendered page.
    pub fn take(root: &Element) -> Snapshot {
        let window = leptos::prelude::window();
        let document = leptos::prelude::document();
        let focus = document
            .active_element()
            .filter(|el| root.contains(Some(el)))
            .and_then(|el| {
                if !el.id().is_empty() {
                    return Some(Focus::Id(el.id()));
                }
                let all = each(root, FOCUSABLE);
                let index = all.iter().position(|other| *other == el)?;
                let (tag, text) = label(&el);
                Some(Focus::Nth(index, tag, text))
            });
        // Only controls the person used (the boot module marks them): a browser restoring form
        // values on reload, into a page drawn as a first visit, would otherwise win over what
        // is saved.
        let mut fields = Vec::new();
        for el in each(root, TOUCHED_FIELDS) {
            let id = el.id();
            if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
                if matches!(input.type_().as_str(), "checkbox" | "radio") {
                    fields.push(Field::Checked {
                        id,
                        checked: input.checked(),
                        built: checked_in_group(root, input, true),
                    });
                } else if input.type_() != "file" {
                    fields.push(Field::Value {
                        id,
                        value: input.value(),
                        built: input.get_attribute("value").unwrap_or_default(),
                    });
                }
            } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
                fields.push(Field::Value {
                    id,
                    value: area.value(),
                    built: area.text_content().unwrap_or_default(),
                });
            } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
                fields.push(Field::Value {
                    id,
                    value: select.value(),
                    built: built_choice(&el),
                });
            }
        }
        let details = each(root, "details")
            .iter()
            .map(|d| {
                d.has_attribute(crate::contracts::TOUCHED_ATTRIBUTE)
                    .then(|| d.has_attribute("open"))
            })
            .collect();
        Snapshot {
            scroll: (
                window.scroll_x().unwrap_or(0.0),
                window.scroll_y().unwrap_or(0.0),
            ),
            focus,
            fields,
            details,
        }
    }

    /// Applies the snapshot to `root`, the live page. Each changed field gets the event the
    /// person's own change would have sent, so the app's state follows it.
    pub fn restore(self, root: &Element) {
        let document = leptos::prelude::document();
        for field in self.fields {
            let (Field::Checked { id, .. } | Field::Value { id, .. }) = &field;
            let Some(el) = document.get_element_by_id(id) else {
                continue;
            };
            match field {
                Field::Checked { checked, built, .. } => {
                    let Some(input) = el.dyn_ref::<HtmlInputElement>() else {
                        continue;
                    };
                    // Saved data set this group otherwise than the person saw it: it wins.
                    if input.checked() == checked || checked_in_group(root, input, false) != built {
                        continue;
                    }
                    input.set_checked(checked);
                }
                Field::Value { value, built, .. } => {
                    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
                        if input.value() != built {
                            continue;
                        }
                        input.set_value(&value);
                    } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
                        if area.value() != built {
                            continue;
                        }
                        area.set_value(&value);
                    } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
                        if select.value() != built {
                            continue;
                        }
                        select.set_value(&value);
                    }
                    dispatch(&el, "input");
                }
            }
            dispatch(&el, "change");
        }
        let live_details = each(root, "details");
        if live_details.len() == self.details.len() {
            for (el, open) in live_details.iter().zip(self.details) {
                let Some(open) = open else { continue };
                if open != el.has_attribute("open") {
                    let _ = el.toggle_attribute_with_force("open", open);
                }
            }
        }
        let target = match self.focus {
            Some(Focus::Id(id)) => document.get_element_by_id(&id),
            Some(Focus::Nth(index, tag, text)) => each(root, FOCUSABLE)
                .into_iter()
                .nth(index)
                .filter(|el| label(el) == (tag, text)),
            None => None,
        };
        if let Some(el) = target.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = el.focus_with_options(&options);
        }
        let (x, y) = self.scroll;
        let options = web_sys::ScrollToOptions::new();
        options.set_left(x);
        options.set_top(y);
        options.set_behavior(web_sys::ScrollBehavior::Instant);
        leptos::prelude::window().scroll_to_with_scroll_to_options(&options);
    }
}

fn dispatch(el: &Element, name: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict(name, &init) {
        let _ = el.dispatch_event(&event);
    }
}

/// Takes the parts the app keeps as built (`components::kept`) out of `built`, the pre-rendered
/// page, before it is cleared, and gives a function that puts each into its placeholder in the
/// live page.
pub fn keep(built: &Element) -> impl FnOnce(&Element) {
    use crate::contracts::KEPT_ATTRIBUTE;
    let parts: Vec<(String, Element)> = each(built, &format!("[{KEPT_ATTRIBUTE}]"))
        .into_iter()
        .filter_map(|el| Some((el.get_attribute(KEPT_ATTRIBUTE)?, el)))
        .collect();
    for (_, el) in &parts {
        el.remove();
    }
    move |live: &Element| {
        for (id, part) in parts {
            if let Some(placeholder) = each(live, &format!("[{KEPT_ATTRIBUTE}=\"{id}\"]")).pop() {
                while let Some(child) = part.first_child() {
                    let _ = placeholder.append_child(&child);
                }
            }
        }
    }
}
