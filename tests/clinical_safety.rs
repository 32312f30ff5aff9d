//! The hazard log (docs/clinical-safety/hazard-log.md) names the test that checks each control.
//! A control whose test is renamed or deleted must not go unnoticed: every test named there has
//! to exist, and every hazard has to name at least one.

use std::path::Path;

const LOG: &str = include_str!("../docs/clinical-safety/hazard-log.md");

/// Every `file::function` and `file › test name` in backticks.
fn named_tests() -> Vec<(String, String)> {
    LOG.split('`')
        .skip(1)
        .step_by(2)
        .filter_map(|quoted| {
            let (file, name) = quoted
                .split_once("::")
                .or_else(|| quoted.split_once(" › "))?;
            (file.starts_with("tests/") || file.starts_with("src/"))
                .then(|| (file.trim().to_string(), name.trim().to_string()))
        })
        .collect()
}

#[test]
fn every_test_the_hazard_log_names_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let named = named_tests();
    assert!(
        named.len() >= 30,
        "the hazard log names its tests ({} found)",
        named.len()
    );
    let mut missing = Vec::new();
    for (file, name) in &named {
        let text = std::fs::read_to_string(root.join(file))
            .unwrap_or_else(|_| panic!("hazard log names {file}, which does not exist"));
        let found = if file.ends_with(".rs") {
            text.contains(&format!("fn {name}("))
        } else {
            ["'", "\"", "`"]
                .iter()
                .any(|q| text.contains(&format!("test({q}{name}{q}")))
        };
        if !found {
            missing.push(format!("{file}: {name}"));
        }
    }
    assert!(
        missing.is_empty(),
        "tests named in the hazard log but not found:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_hazard_names_its_controls_tests_and_residual_risk() {
    let hazards: Vec<&str> = LOG.split("\n## H").skip(1).collect();
    assert!(hazards.len() >= 8);
    for hazard in hazards {
        let title = hazard.lines().next().unwrap_or_default();
        assert!(hazard.contains("**Controls**"), "H{title}: no controls");
        assert!(
            hazard.contains("**Residual risk**"),
            "H{title}: no residual risk"
        );
        assert!(
            hazard.contains("::") || hazard.contains(" › "),
            "H{title}: no test named"
        );
    }
}
