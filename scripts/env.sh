# Sourced by the other scripts: puts the project's tools first on PATH. binaryen's wasm-opt
# must come before any other (Trunk takes the first it finds).
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
