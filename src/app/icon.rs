//! The window icon: the 128 px rendering of `assets/icon/sajag.svg` (made by `installer/icons.sh`),
//! embedded in the binary and decoded with eframe's own PNG loader.

use eframe::egui::IconData;

/// The app id (reverse DNS) used everywhere the desktop needs one: the Wayland app id here, the
/// `.desktop` file and the `AppStream` id, the macOS bundle identifier and the Windows registry key.
pub const APP_ID: &str = "in.sajag.Sajag";

const ICON_PNG: &[u8] = include_bytes!("../../assets/icon/png/sajag-128.png");

/// The decoded icon, or `None` (the platform's default icon) if it cannot be decoded.
pub fn window_icon() -> Option<IconData> {
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => Some(icon),
        Err(e) => {
            super::diag(&format!("the window icon could not be decoded: {e}"));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_icon_decodes_to_128_px_rgba() {
        let icon = super::window_icon().expect("the icon decodes");
        assert_eq!((icon.width, icon.height), (128, 128));
        assert_eq!(icon.rgba.len(), 128 * 128 * 4);
    }

    /// macOS keeps an app's settings in a folder named by its bundle id; the bundle
    /// (installer/macos/Info.plist), the settings folder and the Linux app id are one id.
    #[test]
    fn the_settings_folder_is_named_by_the_bundle_id() {
        let id = super::super::settings::APP_ID_PARTS.join(".");
        assert_eq!(id, super::APP_ID);
        let plist = include_str!("../../installer/macos/Info.plist");
        let bundle_id = plist
            .split("<key>CFBundleIdentifier</key>")
            .nth(1)
            .and_then(|rest| rest.split("<string>").nth(1))
            .and_then(|rest| rest.split("</string>").next());
        assert_eq!(bundle_id, Some(id.as_str()));
    }
}
