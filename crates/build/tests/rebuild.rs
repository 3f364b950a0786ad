//! Building twice into the same `dist/` (staff run `make build` again; a page written ahead of
//! time sits in `index.html`) gives the same pages as building once: each starts from trunk's
//! shell, which the first build kept; only files whose bytes changed are written, and files
//! the new build does not write are deleted.

use std::path::Path;

const TRUNK: &str = "<!doctype html><html><head><title>Alumni</title></head>\
<body><div id=\"boot\" class=\"boot\"><p>Loading…</p></div></body></html>";

#[test]
fn a_second_build_starts_from_trunks_shell() {
    // The image cache lives under the repository's target/, as `make build` finds it.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::env::set_current_dir(&root).unwrap();
    let report = homecoming_check::check(Path::new("content"), &homecoming_build::RENDER);
    let data = report.data.expect("the sample content checks");
    let dist = root.join(format!("target/tmp/rebuild-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), TRUNK).unwrap();
    homecoming_build::build(&data, Path::new("content"), &dist, "/", None).unwrap();
    let once: Vec<String> = ["index.html", "404.html", "directory/index.html"]
        .iter()
        .map(|f| std::fs::read_to_string(dist.join(f)).unwrap())
        .collect();
    // What the prerenderer does to the home page, then a build again.
    let written = once[0].replace(
        "<div id=\"boot\" class=\"boot\"><p>Loading…</p></div>",
        "<div id=\"prerendered\"><h1>Welcome</h1></div>",
    );
    std::fs::write(dist.join("index.html"), written).unwrap();
    // Files an earlier build wrote and this one does not (a person since unlisted) go.
    let stale = [
        "data/people/stale.json",
        "data/directory/t/stale.bin",
        "data/directory/gone/x.bin",
    ];
    for f in stale {
        std::fs::create_dir_all(dist.join(f).parent().unwrap()).unwrap();
        std::fs::write(dist.join(f), "{}").unwrap();
    }
    // A file whose bytes changed is written again, one that did not is left as it was.
    let profile = std::fs::read_dir(dist.join("data/people"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| !p.ends_with("stale.json"))
        .unwrap();
    let good = std::fs::read(&profile).unwrap();
    std::fs::write(&profile, b"tampered").unwrap();
    let meta = dist.join("data/directory/meta.json");
    let before = std::fs::metadata(&meta).unwrap().modified().unwrap();
    homecoming_build::build(&data, Path::new("content"), &dist, "/", None).unwrap();
    for f in stale {
        assert!(!dist.join(f).exists(), "{f} is stale");
    }
    assert!(!dist.join("data/directory/gone").exists());
    assert_eq!(std::fs::read(&profile).unwrap(), good);
    assert_eq!(
        std::fs::metadata(&meta).unwrap().modified().unwrap(),
        before
    );
    for (f, first) in ["index.html", "404.html", "directory/index.html"]
        .iter()
        .zip(&once)
    {
        let again = std::fs::read_to_string(dist.join(f)).unwrap();
        assert_eq!(&again, first, "{f} changed on a second build");
        assert_eq!(again.matches("og:title").count(), 1, "{f}");
        assert!(!again.contains("prerendered"), "{f}");
    }
    std::fs::remove_dir_all(&dist).unwrap();
}
