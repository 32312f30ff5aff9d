//! Run by Trunk's `post_build` hook: see `sitegen::site` for what and why.

use sbc_guide::app::render::render_page;
use sbc_guide::route::Route;
use sitegen::site::NOT_FOUND_FILE;
use sitegen::site::{
    boot_module, bundle_css, content_hash, find_trunk_bundles, hospital_line_module, minify_css,
    page_html, prefs_script, service_worker, Assets,
};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn run() -> Result<(), String> {
    let staging = std::env::var_os("TRUNK_STAGING_DIR")
        .or_else(|| std::env::args_os().nth(1))
        .map(PathBuf::from)
        .ok_or("usage: sitegen <trunk staging dir> (or set TRUNK_STAGING_DIR)")?;
    // The repository root: the stylesheets and scripts are there.
    let source = &Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let read =
        |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let write = |path: &Path, text: &str| {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
    };

    let names: Vec<String> = std::fs::read_dir(&staging)
        .map_err(|e| format!("{}: {e}", staging.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    // `trunk serve` injects a live-reload script into development builds; releases get none.
    let strict = std::env::var("TRUNK_PROFILE").map_or(true, |profile| profile != "debug");
    let mut bins: Vec<&str> = Route::all().iter().map(Route::bundle).collect();
    bins.sort_unstable();
    bins.dedup();
    let bundles = find_trunk_bundles(names.iter().map(String::as_str), &bins);
    if bundles.is_empty() {
        return Err("no wasm-bindgen output in the staging dir".into());
    }

    // A stylesheet per kind of page: the reading pages' and the tools' (docs/decisions/0010).
    let style = source.join("style");
    let mut stylesheets = Vec::new();
    for kind in ["reading", "tools"] {
        let css = bundle_css(&read(&style.join(format!("{kind}.css")))?, &|name| {
            read(&style.join(name))
        })?;
        let css = if strict { minify_css(&css) } else { css };
        let name = format!("app-{kind}-{}.css", content_hash(css.as_bytes()));
        write(&staging.join(&name), &css)?;
        stylesheets.push(name);
    }
    let (reading_css, tools_css) = (stylesheets[0].clone(), stylesheets[1].clone());

    let hospital_line = minified(source, &staging, &hospital_line_module()?, strict)?;
    let hospital_line_name = format!(
        "hospital-line-{}.js",
        content_hash(hospital_line.as_bytes())
    );
    write(&staging.join(&hospital_line_name), &hospital_line)?;
    let prefs = minified(
        source,
        &staging,
        &prefs_script(
            &read(&source.join("public/apply-preferences.js"))?,
            &hospital_line_name,
        )?,
        strict,
    )?;
    let prefs_name = format!("prefs-{}.js", content_hash(prefs.as_bytes()));
    write(&staging.join(&prefs_name), &prefs)?;

    // Each bundle gets content-hashed names (Trunk hashes only its main app) and a boot module.
    let mut assets = std::collections::BTreeMap::new();
    for bundle in bundles {
        if strict {
            shorten_imports(&staging.join(&bundle.wasm), &staging.join(&bundle.glue))?;
            minify_js(source, &staging.join(&bundle.glue))?;
        }
        let glue_bytes = std::fs::read(staging.join(&bundle.glue))
            .map_err(|e| format!("{}: {e}", bundle.glue))?;
        let wasm_bytes = std::fs::read(staging.join(&bundle.wasm))
            .map_err(|e| format!("{}: {e}", bundle.wasm))?;
        let mut both = glue_bytes.clone();
        both.extend_from_slice(&wasm_bytes);
        let stem = format!("{}-{}", bundle.bin, content_hash(&both));
        let (glue, wasm) = (format!("{stem}.js"), format!("{stem}_bg.wasm"));
        for (from, to) in [(&bundle.glue, &glue), (&bundle.wasm, &wasm)] {
            if from != to {
                std::fs::rename(staging.join(from), staging.join(to))
                    .map_err(|e| format!("{from}: {e}"))?;
            }
        }
        let boot = minified(
            source,
            &staging,
            &boot_module(
                &glue,
                &wasm,
                bundle.bin == Route::DeploymentCheck.bundle(),
                bundle.bin == Route::Home.bundle(),
            ),
            strict,
        )?;
        let boot_name = format!("boot-{}.js", content_hash(boot.as_bytes()));
        write(&staging.join(&boot_name), &boot)?;
        let css = if bundle.bin == Route::Home.bundle() {
            reading_css.clone()
        } else {
            tools_css.clone()
        };
        assets.insert(
            bundle.bin,
            Assets {
                glue,
                wasm,
                css,
                boot: boot_name,
                prefs: prefs_name.clone(),
            },
        );
    }
    let template = read(&staging.join("index.html"))?;
    for route in Route::all() {
        let bundle = assets
            .get(route.bundle())
            .ok_or_else(|| format!("no wasm bundle {} for {route:?}", route.bundle()))?;
        let html = page_html(&template, route, &render_page(route), bundle, strict)?;
        write(&staging.join(route.path()).join("index.html"), &html)?;
    }
    // "Page not found", at the root, for the offline copy to answer an address the build does
    // not have (the service worker points its <base> at the guide's root: see sw-body.js).
    let bundle = assets
        .get(Route::NotFound.bundle())
        .ok_or("no wasm bundle for the not-found page")?;
    let html = page_html(
        &template,
        Route::NotFound,
        &render_page(Route::NotFound),
        bundle,
        strict,
    )?;
    write(&staging.join(NOT_FOUND_FILE), &html)?;
    // The deployment guide goes with the folder a hospital copies, where the settings check page
    // links to it; as plain text, which every server sends with a type browsers show. Servers
    // send .txt as text/plain without a charset (nginx and IIS by default), and browsers then
    // read it as Windows-1252, turning every ’ and … into "â€™": a byte order mark tells them
    // it is UTF-8, whatever the server says.
    let guide = sbc_guide::contracts::DEPLOYMENT_GUIDE;
    write(
        &staging.join(guide),
        &format!("\u{feff}{}", read(&source.join("docs/DEPLOYMENT.md"))?),
    )?;
    // The offline copy: every file of this build, by the address the browser asks for (not the
    // worker itself, nor the deployment guide, which is for web teams on the server).
    let mut files = Vec::new();
    collect_files(&staging, &staging, &mut files)?;
    files.retain(|f| f != sbc_guide::contracts::SERVICE_WORKER && f != guide);
    files.sort();
    let mut fingerprint = String::new();
    for file in &files {
        fingerprint.push_str(file);
        let bytes = std::fs::read(staging.join(file)).map_err(|e| format!("{file}: {e}"))?;
        fingerprint.push_str(&content_hash(&bytes));
    }
    let build_id = content_hash(fingerprint.as_bytes());
    let addresses: Vec<String> = files
        .iter()
        .map(|f| match f.strip_suffix("index.html") {
            Some("") => "./".to_string(),
            Some(dir) => dir.to_string(),
            None => f.clone(),
        })
        .collect();
    write(
        &staging.join(sbc_guide::contracts::SERVICE_WORKER),
        &service_worker(&build_id, &addresses),
    )?;
    println!(
        "sitegen: wrote {} pages, {} bundles, {reading_css}, {tools_css}, sw.js (build {build_id}, {} files)",
        Route::all().len(),
        assets.len(),
        addresses.len()
    );
    Ok(())
}

/// Gives a bundle's imports short names, in the module and in its glue (see `wasm_names`).
fn shorten_imports(wasm: &Path, glue: &Path) -> Result<(), String> {
    let bytes = std::fs::read(wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let (bytes, names) = sitegen::wasm_names::shorten_imports(&bytes)
        .map_err(|e| format!("{}: {e}", wasm.display()))?;
    let text = std::fs::read_to_string(glue).map_err(|e| format!("{}: {e}", glue.display()))?;
    // Every import must be one the glue provides, or the renamed module could not start.
    if let Some((old, _)) = names.iter().find(|(old, _)| !text.contains(old.as_str())) {
        return Err(format!(
            "{}: the glue does not provide {old}",
            glue.display()
        ));
    }
    let text = sitegen::wasm_names::drop_stream_classes(&text)
        .map_err(|e| format!("{}: {e}", glue.display()))?;
    let renamed = sitegen::wasm_names::rename_in_glue(&text, &names);
    std::fs::write(wasm, bytes).map_err(|e| format!("{}: {e}", wasm.display()))?;
    std::fs::write(glue, renamed).map_err(|e| format!("{}: {e}", glue.display()))
}

/// `script` as the browser gets it: on release builds without its comments and spare
/// characters (they explain the source; the browser needs none of them).
fn minified(source: &Path, staging: &Path, script: &str, strict: bool) -> Result<String, String> {
    if !strict {
        return Ok(script.to_string());
    }
    let draft = staging.join("draft.js");
    std::fs::write(&draft, script).map_err(|e| format!("{}: {e}", draft.display()))?;
    minify_js(source, &draft)?;
    let out = std::fs::read_to_string(&draft).map_err(|e| format!("{}: {e}", draft.display()))?;
    std::fs::remove_file(&draft).map_err(|e| format!("{}: {e}", draft.display()))?;
    Ok(out)
}

/// Shrinks a script (a bundle's wasm-bindgen glue, a boot module) in place with terser (an npm
/// package that `scripts/setup.sh` installs): about 3 KB less per page, gzipped. Trunk's own
/// minifier fails on the glue.
fn minify_js(source: &Path, glue: &Path) -> Result<(), String> {
    let terser = source.join("node_modules/terser/bin/terser");
    if !terser.exists() {
        return Err(format!(
            "{} is missing: run scripts/setup.sh (it runs npm ci)",
            terser.display()
        ));
    }
    let status = std::process::Command::new("node")
        .arg(&terser)
        .arg(glue)
        .args(["--module", "--compress", "--mangle", "--output"])
        .arg(glue)
        .status()
        .map_err(|e| format!("node (for terser): {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("terser failed on {}", glue.display()))
    }
}

/// Every file under `dir`, as paths relative to `root` with `/` separators.
fn collect_files(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            collect_files(root, &path, out)?;
        } else if let Ok(relative) = path.strip_prefix(root) {
            let relative = relative.to_string_lossy().replace('\\', "/");
            // Examples are documentation, not part of the app.
            if !relative.ends_with(".example.json") {
                out.push(relative);
            }
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("sitegen: {message}");
            ExitCode::FAILURE
        }
    }
}
