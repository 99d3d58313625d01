//! A colour per nick in rooms, the same for a nick everywhere and every time.
//!
//! The hue is XEP-0392's (Consistent Color Generation, §5.1): the first two bytes of the
//! SHA-1 of the nick's UTF-8, read little-endian, as a fraction of the circle. The XEP then
//! fixes the lightness (HSLuv 50); here the lightness is chosen for each hue so that the nick
//! keeps a contrast of at least [`MIN_CONTRAST`] with the theme's background, light or dark
//! (WCAG 2.1 §1.4.3 asks 4.5:1 of text): a fixed lightness makes yellow unreadable on white
//! and blue unreadable on black. The nick's text always stays next to its colour.

use relm4::gtk::{gdk, glib};

/// WCAG's contrast for normal text.
const MIN_CONTRAST: f64 = 4.5;

/// Saturation of every nick colour: colourful, but not so much that bright and dark hues
/// need extreme lightness to reach the contrast.
const SATURATION: f64 = 0.75;

/// The lightest background a light theme puts behind messages (Adwaita's window colour;
/// its list background is white).
const LIGHT_BACKGROUND: (f64, f64, f64) = (0.98, 0.98, 0.98);

/// The lightest background a dark theme puts behind messages (Adwaita's dark card colour;
/// its list and window colours are darker).
const DARK_BACKGROUND: (f64, f64, f64) = (0.19, 0.19, 0.19);

/// XEP-0392 §5.1: the nick's hue in degrees, in [0, 360).
pub(crate) fn hue(nick: &str) -> f64 {
    let digest = glib::compute_checksum_for_string(glib::ChecksumType::Sha1, nick)
        .map(|hex| hex.to_string())
        .unwrap_or_default();
    let byte = |at: usize| {
        digest
            .get(at..at + 2)
            .and_then(|pair| u8::from_str_radix(pair, 16).ok())
            .unwrap_or(0)
    };
    let value = u16::from_le_bytes([byte(0), byte(2)]);
    f64::from(value) / 65536.0 * 360.0
}

/// Whether the theme writes dark text (so its background is light), from its text colour.
pub(crate) fn dark_text(foreground: &gdk::RGBA) -> bool {
    luminance((
        f64::from(foreground.red()),
        f64::from(foreground.green()),
        f64::from(foreground.blue()),
    )) < 0.5
}

/// The nick's colour as `#rrggbb`, for a light theme (`dark_text`) or a dark one.
pub(crate) fn for_nick(nick: &str, dark_text: bool) -> String {
    let (r, g, b) = rgb(hue(nick), dark_text);
    let byte = |c: f64| (c * 255.0).round().clamp(0.0, 255.0) as u8;
    format!("#{:02x}{:02x}{:02x}", byte(r), byte(g), byte(b))
}

/// The colour of `hue` with the lightness nearest the middle that still contrasts enough
/// with the theme's background.
fn rgb(hue: f64, dark_text: bool) -> (f64, f64, f64) {
    let background = if dark_text {
        LIGHT_BACKGROUND
    } else {
        DARK_BACKGROUND
    };
    let enough =
        |lightness: f64| contrast(hsl(hue, SATURATION, lightness), background) >= MIN_CONTRAST;
    // On a light background darker is safer; on a dark one lighter. Halve the interval
    // between a lightness that is enough (black or white always is) and 0.5.
    let (mut safe, mut unsafe_) = if dark_text { (0.0, 0.5) } else { (1.0, 0.5) };
    if enough(unsafe_) {
        safe = unsafe_;
    } else {
        for _ in 0..20 {
            let middle = (safe + unsafe_) / 2.0;
            if enough(middle) {
                safe = middle;
            } else {
                unsafe_ = middle;
            }
        }
    }
    hsl(hue, SATURATION, safe)
}

/// HSL to sRGB, each in [0, 1]; `hue` in degrees.
fn hsl(hue: f64, saturation: f64, lightness: f64) -> (f64, f64, f64) {
    let chroma = (1.0 - (2.0 * lightness - 1.0).abs()) * saturation;
    let sector = hue.rem_euclid(360.0) / 60.0;
    let x = chroma * (1.0 - (sector.rem_euclid(2.0) - 1.0).abs());
    let (r, g, b) = match sector {
        s if s < 1.0 => (chroma, x, 0.0),
        s if s < 2.0 => (x, chroma, 0.0),
        s if s < 3.0 => (0.0, chroma, x),
        s if s < 4.0 => (0.0, x, chroma),
        s if s < 5.0 => (x, 0.0, chroma),
        _ => (chroma, 0.0, x),
    };
    let m = lightness - chroma / 2.0;
    (r + m, g + m, b + m)
}

/// WCAG 2.1 relative luminance of an sRGB colour.
fn luminance((r, g, b): (f64, f64, f64)) -> f64 {
    let linear = |c: f64| {
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// WCAG 2.1 contrast ratio of two colours.
fn contrast(a: (f64, f64, f64), b: (f64, f64, f64)) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(colour: &str) -> (f64, f64, f64) {
        let channel = |at: usize| {
            colour
                .get(at..at + 2)
                .and_then(|c| u8::from_str_radix(c, 16).ok())
                .map_or(-1.0, |c| f64::from(c) / 255.0)
        };
        (channel(1), channel(3), channel(5))
    }

    #[test]
    fn the_hue_is_xep_0392_s() {
        // The test vectors of XEP-0392 §13 (version 0.8).
        for (nick, angle) in [
            ("Romeo", 327.255_249),
            ("juliet@capulet.lit", 209.410_400),
            ("😺", 331.199_341),
            ("council", 359.994_507),
        ] {
            assert!((hue(nick) - angle).abs() < 0.001, "{nick}: {}", hue(nick));
        }
    }

    #[test]
    fn a_nick_has_one_colour_and_nicks_differ() {
        assert_eq!(for_nick("alice", true), for_nick("alice", true));
        assert_ne!(for_nick("alice", true), for_nick("bob", true));
        assert_ne!(for_nick("alice", true), for_nick("alice", false));
    }

    #[test]
    fn every_nick_is_readable_on_light_and_dark_themes() {
        for n in 0..2000 {
            let nick = format!("nick{n}");
            let on_light = parse(&for_nick(&nick, true));
            let on_dark = parse(&for_nick(&nick, false));
            for background in [LIGHT_BACKGROUND, (1.0, 1.0, 1.0)] {
                assert!(
                    contrast(on_light, background) >= MIN_CONTRAST - 0.05,
                    "{nick}"
                );
            }
            for background in [DARK_BACKGROUND, (0.12, 0.12, 0.12), (0.14, 0.14, 0.14)] {
                assert!(
                    contrast(on_dark, background) >= MIN_CONTRAST - 0.05,
                    "{nick}"
                );
            }
        }
    }

    #[test]
    fn the_theme_is_read_from_its_text_colour() {
        assert!(dark_text(&gdk::RGBA::new(0.0, 0.0, 0.0, 1.0)));
        assert!(!dark_text(&gdk::RGBA::new(1.0, 1.0, 1.0, 1.0)));
    }
}
