//! Short names for what a wasm bundle imports from its JavaScript glue.
//!
//! wasm-bindgen names every import after the Rust binding plus a 16-digit hash
//! (`__wbg_setAttribute_f7531b8e7a1c9d3e`), and each name is written twice: in the module's
//! import section and in the glue that provides it. The hashes do not compress, so for a page
//! with about 180 imports they cost some 6 KB of its gzipped first load. The build (`sitegen`)
//! renames them here to `a`, `b`, … `ba`, … in both files; nothing else changes.

/// Each renamed import: (old name, new name), in import order.
pub type Renaming = Vec<(String, String)>;

/// The bytes of a wasm module with every wasm-bindgen import renamed, and the renaming.
pub fn shorten_imports(wasm: &[u8]) -> Result<(Vec<u8>, Renaming), String> {
    if wasm.len() < 8 || &wasm[..4] != b"\0asm" {
        return Err("not a wasm module".into());
    }
    let mut out = wasm[..8].to_vec();
    let mut names = Vec::new();
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        let (size, start) = leb(wasm, at + 1)?;
        let end = start
            .checked_add(size as usize)
            .filter(|&end| end <= wasm.len())
            .ok_or("a section runs past the end of the module")?;
        let body = &wasm[start..end];
        let body = if id == IMPORT_SECTION {
            rename_imports(body, &mut names)?
        } else {
            body.to_vec()
        };
        out.push(id);
        write_leb(&mut out, body.len() as u32);
        out.extend_from_slice(&body);
        at = end;
    }
    Ok((out, names))
}

/// `glue` with each old name replaced by its new one, wherever it stands as a whole
/// JavaScript identifier (the hashes make the old names unique).
pub fn rename_in_glue(glue: &str, names: &[(String, String)]) -> String {
    let lookup: std::collections::HashMap<&str, &str> = names
        .iter()
        .map(|(old, new)| (old.as_str(), new.as_str()))
        .collect();
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut out = String::with_capacity(glue.len());
    let mut rest = glue;
    while let Some(start) = rest.find(is_ident) {
        out.push_str(&rest[..start]);
        let word_len = rest[start..]
            .find(|c| !is_ident(c))
            .unwrap_or(rest.len() - start);
        let word = &rest[start..start + word_len];
        out.push_str(lookup.get(word).copied().unwrap_or(word));
        rest = &rest[start + word_len..];
    }
    out.push_str(rest);
    out
}

const IMPORT_SECTION: u8 = 2;

fn rename_imports(body: &[u8], names: &mut Vec<(String, String)>) -> Result<Vec<u8>, String> {
    let (count, mut at) = leb(body, 0)?;
    let mut out = Vec::with_capacity(body.len());
    write_leb(&mut out, count);
    for _ in 0..count {
        let (module, next) = name(body, at)?;
        let (field, next) = name(body, next)?;
        let desc_end = skip_import_desc(body, next)?;
        let field = if field.starts_with("__wbg_") || field.starts_with("__wbindgen_") {
            let short = short_name(names.len());
            names.push((field.to_string(), short.clone()));
            short
        } else {
            field.to_string()
        };
        write_name(&mut out, module);
        write_name(&mut out, &field);
        out.extend_from_slice(&body[next..desc_end]);
        at = desc_end;
    }
    if at != body.len() {
        return Err("unexpected bytes after the imports".into());
    }
    Ok(out)
}

/// Where an import's description (function, table, memory or global) ends.
fn skip_import_desc(body: &[u8], at: usize) -> Result<usize, String> {
    let kind = *body.get(at).ok_or("an import has no kind")?;
    let limits = |at: usize| -> Result<usize, String> {
        let flags = *body.get(at).ok_or("limits cut short")?;
        let (_, at) = leb(body, at + 1)?;
        if flags & 1 == 1 {
            Ok(leb(body, at)?.1)
        } else {
            Ok(at)
        }
    };
    match kind {
        0 => Ok(leb(body, at + 1)?.1),
        1 => limits(at + 2),
        2 => limits(at + 1),
        3 => Ok(at + 3),
        4 => Ok(leb(body, at + 2)?.1),
        other => Err(format!("unknown import kind {other}")),
    }
}

/// `a` … `z`, `A` … `Z`, then two letters, and so on: valid, short JavaScript property names.
fn short_name(mut index: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[index % LETTERS.len()]);
        index /= LETTERS.len();
        if index == 0 {
            break;
        }
        index -= 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

fn name(body: &[u8], at: usize) -> Result<(&str, usize), String> {
    let (len, start) = leb(body, at)?;
    let end = start + len as usize;
    let bytes = body.get(start..end).ok_or("a name runs past its section")?;
    let text = std::str::from_utf8(bytes).map_err(|_| "a name is not UTF-8")?;
    Ok((text, end))
}

fn write_name(out: &mut Vec<u8>, text: &str) {
    write_leb(out, text.len() as u32);
    out.extend_from_slice(text.as_bytes());
}

/// An unsigned LEB128 number at `at`, and where it ends.
fn leb(bytes: &[u8], mut at: usize) -> Result<(u32, usize), String> {
    let mut value: u64 = 0;
    let mut shift = 0;
    loop {
        let byte = *bytes.get(at).ok_or("a number runs past the end")?;
        at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return u32::try_from(value)
                .map(|v| (v, at))
                .map_err(|_| "a number is too large".into());
        }
        shift += 7;
        if shift > 35 {
            return Err("a number is too long".into());
        }
    }
}

fn write_leb(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing two glue functions, a memory and one function that is not
    /// wasm-bindgen's, then a (custom) section that must pass through unchanged.
    fn module(imports: &[(&str, &str, &[u8])]) -> Vec<u8> {
        let mut body = Vec::new();
        write_leb(&mut body, imports.len() as u32);
        for (module, field, desc) in imports {
            write_name(&mut body, module);
            write_name(&mut body, field);
            body.extend_from_slice(desc);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.push(IMPORT_SECTION);
        write_leb(&mut wasm, body.len() as u32);
        wasm.extend_from_slice(&body);
        wasm.extend_from_slice(&[0, 4, 1, b'x', 7, 7]);
        wasm
    }

    #[test]
    fn renames_glue_imports_and_keeps_the_rest() {
        let hashed = "__wbg_setAttribute_f7531b8e7a1c9d3e";
        let cast = "__wbindgen_cast_0000000000000001";
        let before = module(&[
            ("./app_bg.js", hashed, &[0, 3]),
            ("env", "memory", &[2, 1, 17, 200, 1]),
            ("./app_bg.js", cast, &[0, 0x81, 0x01]),
            ("./app_bg.js", "plain", &[0, 2]),
        ]);
        let (after, names) = shorten_imports(&before).unwrap();
        assert_eq!(
            names,
            vec![
                (hashed.to_string(), "a".to_string()),
                (cast.to_string(), "b".to_string())
            ]
        );
        let expected = module(&[
            ("./app_bg.js", "a", &[0, 3]),
            ("env", "memory", &[2, 1, 17, 200, 1]),
            ("./app_bg.js", "b", &[0, 0x81, 0x01]),
            ("./app_bg.js", "plain", &[0, 2]),
        ]);
        assert_eq!(after, expected);
    }

    #[test]
    fn refuses_what_is_not_a_module() {
        assert!(shorten_imports(b"<!doctype html>").is_err());
        let mut cut = module(&[("m", "__wbg_x_1", &[0, 3])]);
        cut.truncate(cut.len() - 9);
        assert!(shorten_imports(&cut).is_err());
    }

    #[test]
    fn glue_renames_whole_identifiers_only() {
        let names = vec![
            ("__wbg_get_1a".to_string(), "a".to_string()),
            ("__wbindgen_cast_2b".to_string(), "b".to_string()),
        ];
        let glue = "const i={__wbg_get_1a:function(n){return n.__wbg_get_1a_x},\
                    __wbindgen_cast_2b:function(){}};function __wbg_get_imports(){}";
        assert_eq!(
            rename_in_glue(glue, &names),
            "const i={a:function(n){return n.__wbg_get_1a_x},\
             b:function(){}};function __wbg_get_imports(){}"
        );
    }

    #[test]
    fn short_names_are_unique_and_short() {
        let all: Vec<String> = (0..2000).map(short_name).collect();
        let unique: std::collections::HashSet<&String> = all.iter().collect();
        assert_eq!(unique.len(), all.len());
        assert_eq!(all[0], "a");
        assert_eq!(all[51], "Z");
        assert_eq!(all[52], "aa");
        assert!(all.iter().all(|n| n.len() <= 2));
    }
}

/// The glue without the JavaScript classes wasm-bindgen writes for the stream adapters Leptos's
/// server functions export (`IntoUnderlyingSource`, `IntoUnderlyingSink`,
/// `IntoUnderlyingByteSource`): this app has no server and never creates them, and nothing but
/// the classes themselves refers to them. About 0.4 KB gzip of glue per page. `Err` when the
/// glue does not have the shape expected (a new wasm-bindgen): the build then stops rather than
/// ship a glue cut in the wrong place.
pub fn drop_stream_classes(glue: &str) -> Result<String, String> {
    const CLASSES: [&str; 3] = [
        "IntoUnderlyingByteSource",
        "IntoUnderlyingSink",
        "IntoUnderlyingSource",
    ];
    let mut out = glue.to_string();
    for class in CLASSES {
        let start_marker = format!("export class {class} {{");
        let end_marker = format!(
            "if (Symbol.dispose) {class}.prototype[Symbol.dispose] = {class}.prototype.free;\n"
        );
        let Some(start) = out.find(&start_marker) else {
            continue;
        };
        let end = out[start..]
            .find(&end_marker)
            .map(|e| start + e + end_marker.len())
            .ok_or_else(|| format!("the glue's {class} class has no end this build knows"))?;
        out.replace_range(start..end, "");
        let registry = format!("const {class}Finalization = ");
        if let Some(at) = out.find(&registry) {
            let end = out[at..]
                .find(");\n")
                .map(|e| at + e + 3)
                .ok_or_else(|| format!("the glue's {class} registry has no end"))?;
            out.replace_range(at..end, "");
        }
        if out.contains(class) {
            return Err(format!(
                "the glue still refers to {class} after removing it"
            ));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod stream_tests {
    use super::drop_stream_classes;

    const GLUE: &str = "/* x */\n\
export class IntoUnderlyingSink {\n    free() { wasm.__wbg_intounderlyingsink_free(0); IntoUnderlyingSinkFinalization.unregister(this); }\n}\n\
if (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;\n\
function keep() { return 1; }\n\
const IntoUnderlyingSinkFinalization = (typeof FinalizationRegistry === 'undefined')\n    ? { register: () => {}, unregister: () => {} }\n    : new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free(ptr, 1));\n\
const other = 2;\n";

    #[test]
    fn drops_the_stream_classes_and_keeps_the_rest() {
        let out = drop_stream_classes(GLUE).unwrap();
        assert!(!out.contains("IntoUnderlying"));
        assert!(out.contains("function keep() { return 1; }"));
        assert!(out.contains("const other = 2;"));
        assert_eq!(
            drop_stream_classes("const a = 1;\n").unwrap(),
            "const a = 1;\n"
        );
    }

    #[test]
    fn refuses_a_glue_it_does_not_understand() {
        let cut = GLUE.replace("if (Symbol.dispose)", "if (Symbol.other)");
        assert!(drop_stream_classes(&cut).is_err());
    }
}
