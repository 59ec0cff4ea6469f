#!/usr/bin/env bash
# Install (or update) casebook for this user from the unpacked Linux bundle.
#
#   ./install.sh              install into ~/.local (no root needed)
#   ./install.sh --uninstall  remove the program (never any vault)
#
# Touches only the program's own files: ~/.local/opt/casebook, ~/.local/bin/casebook,
# the menu entry, icons and AppStream file. Vaults are folders you chose elsewhere;
# nothing here reads, moves or deletes them.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
prefix="${CASEBOOK_PREFIX:-$HOME/.local}"
opt="$prefix/opt/casebook"
app_id="org.casebook.Casebook"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
[ "$prefix" = "$HOME/.local" ] || data="$prefix/share"

refresh_menus() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$opt" "$opt.old"
  rm -f "$prefix/bin/casebook" "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml"
  rm -f "$data"/icons/hicolor/*/apps/"$app_id".png "$data/icons/hicolor/scalable/apps/$app_id.svg"
  refresh_menus
  echo "casebook removed. Your vaults were not touched."
  exit 0
fi

[ -x "$here/casebook" ] || { echo "install.sh: run it from the unpacked casebook folder" >&2; exit 1; }
"$here/casebook" --version >/dev/null || { echo "install.sh: this bundle does not start here" >&2; exit 1; }

# Copy beside the old version, then swap: a failed copy leaves the old one working.
mkdir -p "$prefix/opt" "$prefix/bin"
rm -rf "$opt.new" "$opt.old"
cp -a "$here" "$opt.new"
[ -d "$opt" ] && mv "$opt" "$opt.old"
mv "$opt.new" "$opt"
rm -rf "$opt.old"
ln -sfn "$opt/casebook" "$prefix/bin/casebook"

# Menu entry (with the full path: desktop sessions often lack ~/.local/bin on PATH).
mkdir -p "$data/applications" "$data/metainfo"
sed -e "s|^Exec=casebook|Exec=$opt/casebook|" -e "s|^TryExec=casebook|TryExec=$opt/casebook|" \
  "$here/share/applications/$app_id.desktop" >"$data/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$data/metainfo/"
for png in "$here"/share/icons/hicolor/*/apps/"$app_id".png "$here/share/icons/hicolor/scalable/apps/$app_id.svg"; do
  rel="${png#"$here/share/"}"
  mkdir -p "$data/$(dirname "$rel")"
  cp "$png" "$data/$rel"
done
refresh_menus

echo "casebook $("$opt/casebook" --version | cut -d' ' -f2) installed in $opt"
echo "Start it from your applications menu, or run: $prefix/bin/casebook"
