//! Entry point of the wasm build: everything lives in the library.

fn main() {
    sbc_guide::start();
}
