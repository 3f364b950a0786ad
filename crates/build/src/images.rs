//! Responsive images, made at build time: resized variants of each photo (no upscaling) and a
//! tiny inline preview shown while the real image loads.
//!
//! Variants are JPEG (the `image` crate encodes WebP only losslessly, which is larger than a good
//! JPEG for photographs). They are made into a cache folder (`target/image-cache/`) and copied to
//! `dist/`; work is skipped when a cached variant is newer than its original, so rebuilding a
//! site whose photos did not change costs next to nothing.

use homecoming_core::model::ImageVariant;
use image::imageops::FilterType;
use image::DynamicImage;
use std::fs;
use std::io;
use std::path::Path;

/// Widths of the variants, in pixels. 960 is for phones: a full-width photo on a 412 px screen
/// at 1.75 device pixels needs 721, and the next step up would be the 1280 original.
pub const WIDTHS: [u32; 4] = [320, 640, 960, 1280];
/// Width of the inline preview.
pub const PREVIEW_WIDTH: u32 = 16;

/// Variants and preview of one photo.
pub struct Responsive {
    pub variants: Vec<ImageVariant>,
    pub placeholder: String,
}

/// Makes the variants of `content/<rel>` (in `cache`, copied to `dist/media/variants/`), and the
/// preview.
pub fn responsive(content: &Path, cache: &Path, dist: &Path, rel: &str) -> io::Result<Responsive> {
    let source = content.join(rel);
    let mut original: Option<DynamicImage> = None;
    let mut load = || -> io::Result<DynamicImage> {
        if original.is_none() {
            original = Some(image::open(&source).map_err(io::Error::other)?);
        }
        Ok(original.clone().expect("loaded"))
    };
    let (width, height) = image::image_dimensions(&source).map_err(io::Error::other)?;
    let stem = rel.rsplit_once('.').map(|(s, _)| s).unwrap_or(rel);
    let mut variants = Vec::new();
    for w in WIDTHS.into_iter().filter(|w| *w < width) {
        let name = format!("{stem}-{w}.jpg");
        let cached = cache.join(&name);
        if !fresh(&source, &cached) {
            let img = load()?;
            let h = scaled_height(width, height, w);
            let small = img.resize_exact(w, h, FilterType::Lanczos3);
            write_jpeg(&cached, &small, 78)?;
        }
        let out_rel = format!("media/variants/{name}");
        let out = dist.join(&out_rel);
        fs::create_dir_all(out.parent().expect("variants have a folder"))?;
        fs::copy(&cached, &out)?;
        variants.push(ImageVariant {
            src: out_rel,
            width: w,
        });
    }
    // The original is the largest variant.
    variants.push(ImageVariant {
        src: format!("media/{rel}"),
        width,
    });
    let preview_path = cache.join(format!("{stem}-preview.jpg"));
    if !fresh(&source, &preview_path) {
        let img = load()?;
        let tiny = img.resize_exact(
            PREVIEW_WIDTH,
            scaled_height(width, height, PREVIEW_WIDTH),
            FilterType::Triangle,
        );
        write_jpeg(&preview_path, &tiny, 50)?;
    }
    let placeholder = format!(
        "data:image/jpeg;base64,{}",
        base64(&fs::read(&preview_path)?)
    );
    Ok(Responsive {
        variants,
        placeholder,
    })
}

fn scaled_height(width: u32, height: u32, new_width: u32) -> u32 {
    ((height as u64 * new_width as u64 + width as u64 / 2) / width as u64).max(1) as u32
}

fn fresh(source: &Path, out: &Path) -> bool {
    match (
        fs::metadata(source).and_then(|m| m.modified()),
        fs::metadata(out).and_then(|m| m.modified()),
    ) {
        (Ok(s), Ok(o)) => o >= s,
        _ => false,
    }
}

fn write_jpeg(path: &Path, img: &DynamicImage, quality: u8) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    let file = fs::File::create(path)?;
    let mut enc =
        image::codecs::jpeg::JpegEncoder::new_with_quality(io::BufWriter::new(file), quality);
    enc.encode_image(&img.to_rgb8()).map_err(io::Error::other)
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn variants_are_made_without_upscaling_and_reused() {
        let root = std::env::temp_dir().join(format!("hc-images-{}", std::process::id()));
        let (content, cache, dist) = (root.join("content"), root.join("cache"), root.join("dist"));
        fs::create_dir_all(content.join("photos")).unwrap();
        let img = image::RgbImage::from_fn(800, 600, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
        });
        img.save(content.join("photos/a.jpg")).unwrap();

        let r = responsive(&content, &cache, &dist, "photos/a.jpg").unwrap();
        let widths: Vec<u32> = r.variants.iter().map(|v| v.width).collect();
        assert_eq!(
            widths,
            vec![320, 640, 800],
            "no 1280 variant for an 800 px original"
        );
        for v in &r.variants[..2] {
            let (w, h) = image::image_dimensions(dist.join(&v.src)).unwrap();
            assert_eq!((w, h), (v.width, v.width * 3 / 4), "{}", v.src);
        }
        assert_eq!(r.variants[2].src, "media/photos/a.jpg");
        assert!(r.placeholder.starts_with("data:image/jpeg;base64,/9j/"));
        assert!(
            r.placeholder.len() < 1200,
            "preview is {} bytes",
            r.placeholder.len()
        );

        // A second run reuses the cached files: same modification time.
        let variant = cache.join("photos/a-320.jpg");
        let before = fs::metadata(&variant).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        responsive(&content, &cache, &dist, "photos/a.jpg").unwrap();
        assert_eq!(fs::metadata(&variant).unwrap().modified().unwrap(), before);
        fs::remove_dir_all(&root).unwrap();
    }
}
