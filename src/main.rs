//! The browser app's entry point; trunk builds this for wasm32.

// Talc in place of the default dlmalloc: typing a letter allocates many small sets in the
// reactive graph, and dlmalloc spent most of that keystroke's input task in `malloc`.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    homecoming_app::start();
}
