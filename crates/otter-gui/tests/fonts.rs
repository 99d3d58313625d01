//! The window can draw every script of the languages it speaks: fontconfig, which GTK draws
//! text with, has a font for each (the package recommends them; `make check` installs them),
//! so Arabic, Persian, Hindi and Chinese never turn into empty boxes.

use std::process::Command;

#[test]
fn a_font_covers_each_script_the_window_speaks() -> anyhow::Result<()> {
    let mut missing = Vec::new();
    // fontconfig's language tags: Arabic, Persian, Hindi (Devanagari), Simplified Chinese,
    // Russian (Cyrillic), Turkish.
    for lang in ["ar", "fa", "hi", "zh-cn", "ru", "tr"] {
        let output = Command::new("fc-list")
            .arg(format!(":lang={lang}"))
            .arg("family")
            .output()?;
        anyhow::ensure!(output.status.success(), "fc-list failed");
        if String::from_utf8_lossy(&output.stdout).trim().is_empty() {
            missing.push(lang);
        }
    }
    assert!(missing.is_empty(), "no font for {missing:?}");
    Ok(())
}
