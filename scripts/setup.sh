#!/usr/bin/env bash
# Installs what building and testing need, only what is missing (idempotent; seconds when
# everything is there). Debian, as root, with Rust, node 20 and npm; no internet but the
# package registries, so every tool comes from apt, crates.io or npm, never a download URL.
#   scripts/setup.sh          build tools only (serve)
#   scripts/setup.sh --test   build tools and test tools (browsers, fonts, npm packages)
#   scripts/setup.sh --bench  all of --test, and the benchmark's twiggy (the wasm's size profile)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
want_bench=0
case "${1:-}" in
  --test) want_test=1 ;;
  --bench) want_test=1; want_bench=1 ;;
esac
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# Debian packages, installed together in one apt run when any is missing. The build draws
# the link preview images in Noto Sans CJK (src/share/font.rs), so it needs fonts-noto-cjk.
apt_need=(fonts-noto-cjk)
# Tests: the three engines (Chromium; Firefox ESR; WebKitGTK's WebDriver with MiniBrowser,
# under Xvfb), OpenCC to cross-check the zh-Hans text, LibreOffice Calc without its GUI to
# open the downloadable CSV files (88 MB download, 268 MB installed, under a minute).
[ $want_test = 1 ] && apt_need+=(chromium chromium-driver firefox-esr webkit2gtk-driver xvfb xauth opencc libreoffice-calc-nogui)
missing=()
for p in "${apt_need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Rust: the wasm target, trunk and wasm-bindgen-cli at exactly the Cargo.lock version.
rustup target list --installed | grep -qx wasm32-unknown-unknown || {
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
}
# The standard library's source: the release wasm compiles it with the app (scripts/wasm-size-env.sh).
rustup component list --installed | grep -qx rust-src || {
  say "rustup component add rust-src"
  rustup component add rust-src
}
export PATH="$HOME/.cargo/bin:$PATH"
# Its dependencies, fetched now: trunk builds offline, and a fresh machine's registry lacks them.
std_lib="$(rustc --print sysroot)/lib/rustlib/src/rust/library"
RUSTC_BOOTSTRAP=1 cargo fetch --quiet --manifest-path "$std_lib/Cargo.toml"
trunk_version=0.21.14
if [ "$(trunk --version 2>/dev/null)" != "trunk $trunk_version" ]; then
  say "cargo install trunk $trunk_version (a few minutes)"
  cargo install --locked --quiet trunk --version "$trunk_version"
fi
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[version =" ]/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb_version" ]; then
  say "cargo install wasm-bindgen-cli $wb_version (a few minutes)"
  # Not --locked: with it, a locked dependency is not served by the registry mirror.
  cargo install --quiet wasm-bindgen-cli --version "$wb_version"
fi
about_version=0.9.3
if [ "$(cargo about --version 2>/dev/null)" != "cargo-about $about_version" ]; then
  say "cargo install cargo-about $about_version (third-party notices; a few minutes)"
  cargo install --locked --quiet cargo-about --version "$about_version" --features cli
fi
# The benchmark's size profile (bench/size-profile.mjs) reads the wasm's items with twiggy.
twiggy_version=0.8.0
if [ $want_bench = 1 ] && [ "$(twiggy --version 2>/dev/null)" != "twiggy-opt $twiggy_version" ]; then
  say "cargo install twiggy $twiggy_version (a few minutes)"
  cargo install --locked --quiet twiggy --version "$twiggy_version"
fi
grep -q "wasm_bindgen = \"$wb_version\"" Trunk.toml || {
  echo "setup: Trunk.toml [tools] wasm_bindgen must be $wb_version (Cargo.lock)" >&2
  exit 1
}

# npm packages from the lock file: wasm-opt (binaryen 132; Debian's 108 breaks today's
# externref tables) for the build, playwright-core and friends for the tests.
stamp=node_modules/.lock-sha
sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$sum" >"$stamp"
fi
say "ready"
