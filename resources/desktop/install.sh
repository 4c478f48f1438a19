#!/bin/sh
# Put egov-timeline in this user's menu and PATH, without root:
#   ./install.sh --user
# The app stays in this folder; run ./uninstall.sh from it to take it out again.
set -eu
if [ "${1:-}" != "--user" ]; then
    echo "usage: $0 --user   (installs for you only, into ~/.local; no root needed)" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
id=io.github.egov_timeline.EgovTimeline
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
mkdir -p "$bin" "$data/applications" "$data/metainfo"
ln -sf "$here/egov-timeline" "$bin/egov-timeline"
sed "s|^Exec=.*|Exec=\"$here/egov-timeline\"|" "$here/$id.desktop" > "$data/applications/$id.desktop"
cp "$here/$id.metainfo.xml" "$data/metainfo/$id.metainfo.xml"
for png in "$here"/icons/*.png; do
    size=$(basename "$png" .png)
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$data/icons/hicolor/${size}x${size}/apps/$id.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$here/icons/scalable.svg" "$data/icons/hicolor/scalable/apps/$id.svg"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$data/icons/hicolor" 2>/dev/null || true
echo "egov-timeline is in your applications menu, and 'egov-timeline' starts it from a terminal"
echo "(if ~/.local/bin is on your PATH)."
