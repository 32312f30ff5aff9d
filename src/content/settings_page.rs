//! The words of the settings page.

use super::checklist_page::Question;

pub const INTRO: &str = "Make the guide easier to read on this device. Changes apply straight away and are saved only on this device.";

pub const TEXT_SIZE: Question = Question {
    id: "text-size",
    legend: "Text size",
    hint: Some("Larger text makes pages longer, but nothing is cut off."),
    options: &[
        ("100", "Standard"),
        ("125", "Large (125%)"),
        ("150", "Larger (150%)"),
        ("175", "Very large (175%)"),
        ("200", "Largest (200%)"),
    ],
};

pub const THEME: Question = Question {
    id: "theme",
    legend: "Colours",
    hint: None,
    options: &[
        ("system", "Follow my device (light or dark)"),
        ("light", "Light"),
        ("dark", "Dark"),
        ("high-contrast", "High contrast (yellow and white on black)"),
    ],
};

pub const MOTION: Question = Question {
    id: "motion",
    legend: "Movement on screen",
    hint: Some(
        "The guide has very little movement. Choose \"Reduce motion\" to turn off what there is.",
    ),
    options: &[("system", "Follow my device"), ("reduce", "Reduce motion")],
};

pub const SAMPLE: &str =
    "This is how text will look. Your hospital team is always the best place to start.";
