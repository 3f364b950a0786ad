//! The browser app's entry point; trunk builds this for wasm32 with the `app` feature.
fn main() {
    homecoming::app::start();
}
