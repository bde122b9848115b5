# Sourced by scripts/build.sh and bench/size-profile.mjs: the browser's wasm built for size.
#
# Cargo compiles the standard library with the app (build-std, from the toolchain's rust-src,
# with std's optimize_for_size), so that LTO trims std with the rest, and a panic aborts at
# once without formatting a message (a panic in the wasm was never printed: the page shows
# the same failure notice either way). Measured in bench/README.md ("The standard library
# built with the app").
#
# These are unstable options of the pinned toolchain (Rust 1.95, scripts/setup.sh):
# RUSTC_BOOTSTRAP=1 lets the stable compiler take them, as the Linux kernel's build does. They
# apply to the wasm target only; a plain `trunk build --release` without them builds the
# same app, larger.
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
