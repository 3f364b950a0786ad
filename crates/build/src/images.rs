//! Responsive images, made at build time: resized variants of each photo (no upscaling) and a
//! tiny inline preview shown while the real image loads.
//!
//! Variants are JPEG (the `image` crate encodes WebP only losslessly, which is larger than a good
//! JPEG for photographs). They are made into a cache folder (`target/image-cache/v2/`) and copied to
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

/// A photo of `content/`, decoded and turned upright by its EXIF orientation (a phone stores a
/// portrait sideways, with a note saying so).
pub fn load_upright(path: &Path) -> io::Result<DynamicImage> {
    use image::ImageDecoder;
    let mut decoder = image::ImageReader::open(path)?
        .with_guessed_format()?
        .into_decoder()
        .map_err(io::Error::other)?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(io::Error::other)?;
    img.apply_orientation(orientation);
    Ok(img)
}

/// Publishes the photo `content/<rel>` at `dist/media/<rel>` re-encoded from its pixels: no
/// EXIF, GPS position, device or time leaves the build, and it is upright. The encoded copy is
/// kept in `cache` until the original changes.
pub fn publish_photo(content: &Path, cache: &Path, dist: &Path, rel: &str) -> io::Result<()> {
    let source = content.join(rel);
    let cached = cache.join("clean").join(rel);
    if !fresh(&source, &cached) {
        let img = load_upright(&source)?;
        if rel.to_ascii_lowercase().ends_with(".png") {
            if let Some(parent) = cached.parent() {
                fs::create_dir_all(parent)?;
            }
            img.save_with_format(&cached, image::ImageFormat::Png)
                .map_err(io::Error::other)?;
        } else {
            write_jpeg(&cached, &img, 90)?;
        }
    }
    let out = dist.join("media").join(rel);
    fs::create_dir_all(out.parent().expect("media files have a folder"))?;
    fs::copy(&cached, &out)?;
    Ok(())
}

/// Whether `rel` is a photo the build re-encodes (rather than copies).
pub fn is_photo(rel: &str) -> bool {
    let lower = rel.to_ascii_lowercase();
    [".jpg", ".jpeg", ".png"].iter().any(|e| lower.ends_with(e))
}

/// Makes the variants of `content/<rel>` (in `cache`, copied to `dist/media/variants/`), and the
/// preview. `size` is the photo's upright width and height, as the checker measured it.
pub fn responsive(
    content: &Path,
    cache: &Path,
    dist: &Path,
    rel: &str,
    (width, height): (u32, u32),
) -> io::Result<Responsive> {
    let source = content.join(rel);
    let mut original: Option<DynamicImage> = None;
    let mut load = || -> io::Result<DynamicImage> {
        if original.is_none() {
            original = Some(load_upright(&source)?);
        }
        Ok(original.clone().expect("loaded"))
    };
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
    // The original (published re-encoded by `publish_photo`) is the largest variant.
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

/// Encodes `img` as a baseline JPEG (`jpeg-encoder`): below quality 90 colour is kept at half
/// resolution (4:2:0, box-averaged) as libjpeg and every camera do, where the image crate's
/// encoder keeps it whole; at the same PSNR the sample's 960 px variants are 15% smaller.
/// Huffman tables fitted to the image save 18% more, but the image crate's own decoder misreads
/// them in 4:2:0 files (Chromium reads them): fitted tables only for whole colour (quality 90).
fn write_jpeg(path: &Path, img: &DynamicImage, quality: u8) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    let rgb = img.to_rgb8();
    let (w, h) = (
        u16::try_from(rgb.width()).map_err(io::Error::other)?,
        u16::try_from(rgb.height()).map_err(io::Error::other)?,
    );
    let mut out = Vec::new();
    let mut enc = jpeg_encoder::Encoder::new(&mut out, quality);
    enc.set_optimized_huffman_tables(quality >= 90);
    enc.set_chroma_subsampling_method(jpeg_encoder::ChromaSubsamplingMethod::Average);
    enc.encode(rgb.as_raw(), w, h, jpeg_encoder::ColorType::Rgb)
        .map_err(io::Error::other)?;
    fs::write(path, out)
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

        let r = responsive(&content, &cache, &dist, "photos/a.jpg", (800, 600)).unwrap();
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
        responsive(&content, &cache, &dist, "photos/a.jpg", (800, 600)).unwrap();
        assert_eq!(fs::metadata(&variant).unwrap().modified().unwrap(), before);
        fs::remove_dir_all(&root).unwrap();
    }

    /// What `write_jpeg` writes reads back as the same picture in the image crate's decoder too
    /// (not only in browsers), for variants (4:2:0) and cleaned originals (whole colour): fitted
    /// Huffman tables in a 4:2:0 file came back as green stripes there.
    #[test]
    fn written_jpegs_decode_close_to_their_pixels() {
        let root = std::env::temp_dir().join(format!("hc-jpeg-{}", std::process::id()));
        let img = DynamicImage::ImageRgb8(image::RgbImage::from_fn(330, 250, |x, y| {
            let sky = 150 + (y * 80 / 250) as u8;
            image::Rgb([
                sky,
                sky - 20,
                if (x / 40 + y / 30) % 2 == 0 { 90 } else { 120 },
            ])
        }));
        for quality in [50, 78, 90] {
            let path = root.join(format!("q{quality}.jpg"));
            write_jpeg(&path, &img, quality).unwrap();
            let back = image::open(&path).unwrap().to_rgb8();
            let (a, b) = (img.to_rgb8().into_raw(), back.into_raw());
            let mse = a
                .iter()
                .zip(&b)
                .map(|(x, y)| (f64::from(*x) - f64::from(*y)).powi(2))
                .sum::<f64>()
                / a.len() as f64;
            let psnr = 10.0 * (255.0f64 * 255.0 / mse).log10();
            assert!(psnr > 30.0, "quality {quality}: PSNR {psnr:.1} dB");
        }
        fs::remove_dir_all(&root).unwrap();
    }

    /// A JPEG as a phone writes it: an EXIF block (orientation 6, "turn 90° clockwise", and a
    /// GPS-like note) after the start marker.
    fn phone_jpeg(path: &Path, w: u32, h: u32) {
        let img = image::RgbImage::from_fn(w, h, |x, _| image::Rgb([(x % 256) as u8, 40, 90]));
        let mut plain = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut plain, 80)
            .encode_image(&img)
            .unwrap();
        // TIFF, little-endian, one IFD entry: Orientation (0x0112), SHORT, 1, value 6.
        let mut tiff = b"II*\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0\x06\0\0\0\0\0\0\0".to_vec();
        tiff.extend_from_slice(b"GPS 51.5072N 0.1276W secret-device");
        let mut app1 = b"Exif\0\0".to_vec();
        app1.extend(tiff);
        let mut out = plain[..2].to_vec();
        out.extend([0xFF, 0xE1]);
        out.extend(((app1.len() + 2) as u16).to_be_bytes());
        out.extend(app1);
        out.extend(&plain[2..]);
        fs::write(path, out).unwrap();
    }

    /// #15 finding 6: originals were published as committed, EXIF and all, and sideways.
    #[test]
    fn photos_are_published_upright_without_metadata() {
        let root = std::env::temp_dir().join(format!("hc-exif-{}", std::process::id()));
        let (content, cache, dist) = (root.join("content"), root.join("cache"), root.join("dist"));
        fs::create_dir_all(content.join("p")).unwrap();
        phone_jpeg(&content.join("p/portrait.jpg"), 800, 600);
        let committed = fs::read(content.join("p/portrait.jpg")).unwrap();
        assert!(committed.windows(4).any(|w| w == b"Exif"));

        publish_photo(&content, &cache, &dist, "p/portrait.jpg").unwrap();
        let published = fs::read(dist.join("media/p/portrait.jpg")).unwrap();
        assert!(
            !published.windows(4).any(|w| w == b"Exif"),
            "EXIF left the build"
        );
        assert!(
            !published.windows(3).any(|w| w == b"GPS"),
            "GPS left the build"
        );
        let upright = image::load_from_memory(&published).unwrap();
        assert_eq!(
            (upright.width(), upright.height()),
            (600, 800),
            "turned upright"
        );

        let r = responsive(&content, &cache, &dist, "p/portrait.jpg", (600, 800)).unwrap();
        let (w, h) = image::image_dimensions(dist.join(&r.variants[0].src)).unwrap();
        assert_eq!(
            (w, h),
            (r.variants[0].width, 427),
            "variants are upright too"
        );
        fs::remove_dir_all(&root).unwrap();
    }
}
