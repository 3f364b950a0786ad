pub fn serve(_d: &std::path::Path, _p: u16, _b: &str, _e: Option<u64>) -> std::io::Result<()> { Ok(()) }
