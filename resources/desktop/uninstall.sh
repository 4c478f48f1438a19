#!/bin/sh
# Take out what ./install.sh --user put in ~/.local (this folder itself is left as it is).
set -eu
id=io.github.egov_timeline.EgovTimeline
data=${XDG_DATA_HOME:-$HOME/.local/share}
rm -f "$HOME/.local/bin/egov-timeline" "$data/applications/$id.desktop" \
    "$data/metainfo/$id.metainfo.xml"
for dir in "$data"/icons/hicolor/*/apps; do
    rm -f "$dir/$id.png" "$dir/$id.svg"
done
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "egov-timeline is out of your menu; delete this folder to remove the app itself."
