// Which crate (and, for our own crate, which module) a twiggy item belongs to, from its
// demangled name. A function counts for the crate that defines it, as cargo-bloat counts:
// `<serde_json::de::Deserializer<R> as serde_core::de::Deserializer>::deserialize_seq` is
// serde_json's even when instantiated for our types, `core::ptr::drop_in_place<luyuan::…>` is
// core's. A trait's method on a primitive or a type parameter (`<f64 as core::fmt::Display>`,
// `<T as alloc::…>`) counts for the trait's crate. What is not a function gets a bucket in
// brackets: `[data] …`, `[wasm-bindgen] …`, `[wasm] …`.
//   ownModules(srcDir)         → the Set of our module paths (`charts`, `charts::kinds`, …)
//   itemKind(name, ownModules) → { crate, module, submodule }: modules only for OWN_CRATE;
//                                crate null for the name section (the shipped wasm has none)

import { readdirSync } from "node:fs";
import { join } from "node:path";

export const OWN_CRATE = "luyuan";
// The standard library's allocator shims (`__rustc::__rust_alloc`) are std's.
const ALIASES = { __rustc: "std" };
// `ident[hash]::` (a crate with its disambiguator, as rustc's v0 demangling prints it) or `ident::`.
const PATH = /([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/;

// The self type and the trait of a qualified path `<Self as Trait>::…` (or `<Self>::…`).
function qualified(name) {
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === "<") depth++;
    else if (c === ">") {
      depth--;
      if (depth === 0) return { self: name.slice(1, i), trait: null };
    } else if (depth === 1 && name.startsWith(" as ", i)) {
      let d = 1;
      let j = i + 4;
      for (; j < name.length && d > 0; j++) {
        if (name[j] === "<") d++;
        else if (name[j] === ">") d--;
      }
      return { self: name.slice(1, i), trait: name.slice(i + 4, j - 1) };
    }
  }
  return null;
}

// The crate a path starts with, if it starts with one (not a primitive, `T`, `[T]`, `(A, B)`).
function leadingCrate(path) {
  const m = path.replace(/^(?:&mut |&|\*const |\*mut |dyn |\[|\()*/, "").match(new RegExp("^" + PATH.source));
  return m ? m[1] : null;
}

function pathCrate(name) {
  if (name.startsWith("<")) {
    const q = qualified(name);
    if (q) {
      const c = leadingCrate(q.self) ?? (q.trait && leadingCrate(q.trait));
      if (c) return { crate: c, path: q.self.startsWith(c) ? q.self : q.trait ?? q.self };
    }
  }
  const c = leadingCrate(name);
  if (c) return { crate: c, path: name };
  const any = name.match(PATH);
  return any ? { crate: any[1], path: name.slice(any.index) } : null;
}

export function itemKind(name, ownModules = null) {
  if (/^"[^"]+" subsection$/.test(name) || name === "custom section 'name' headers") return { crate: null }; // the names: not shipped
  if (name.startsWith("data segment ") || /^data\[\d+\]$/.test(name)) return { crate: "[data] constants" };
  if (name.startsWith("import ")) return { crate: "[wasm-bindgen] imports" };
  if (name.startsWith("export ")) return { crate: "[wasm-bindgen] exports" };
  if (/^(type|table|elem|global|memory)\[\d+\]/.test(name) || name.startsWith("custom section ") || name === "wasm magic bytes" || / headers?$/.test(name))
    return { crate: "[wasm] types, tables, headers" };
  if (/^code\[\d+\]$/.test(name)) return { crate: "[wasm] unnamed functions" };
  if (!name.includes("::")) {
    // No path: the C `main` and `__rust_*` shims (std); wasm-bindgen's generated shims and
    // exported classes (`… externref shim`, `__wbindgen_*`, `__externref_*`, wasm-streams'
    // `intounderlying*`); else C-level runtime functions of compiler_builtins and its libm
    // (`memcpy`, `__multi3`, `fmax`).
    if (/^main$|^__rust/.test(name)) return { crate: "std" };
    if (/shim$|^__wbindgen|^__wbg_|^__externref|^intounderlying|^Closure\(/.test(name))
      return { crate: "[wasm-bindgen] shims and exports" };
    return { crate: "compiler_builtins" };
  }
  const p = pathCrate(name);
  // An inherent method of a primitive (`<char>::escape_debug_ext`, `<[u8]>::starts_with`).
  if (!p) return { crate: /^<[^:<>]*>::/.test(name) ? "core" : "[unknown]" };
  const crate = ALIASES[p.crate] ?? p.crate;
  if (crate !== OWN_CRATE) return { crate };
  const parts = p.path.split("::").slice(1);
  const known = (n) => {
    const m = parts.slice(0, n).join("::");
    return n <= parts.length && (ownModules ? ownModules.has(m) : /^[a-z_][a-z0-9_]*$/.test(parts[n - 1]) && !/^h[0-9a-f]{16}$/.test(parts[n - 1]));
  };
  // `luyuan::main::h…`: the binary's `fn main` (src/main.rs), with what was inlined into it.
  const mod = known(1) ? parts[0] : parts[0] === "main" ? "main" : "(crate root)";
  const sub = known(1) && known(2) ? `${mod}::${parts[1]}` : mod;
  return { crate, module: `${OWN_CRATE}::${mod}`, submodule: `${OWN_CRATE}::${sub}` };
}

// Our crate's modules from its source files (`src/charts/kinds/mod.rs`, `src/charts/draw.rs`
// → `charts::kinds`, `charts::draw`), so that a function's name is not taken for a module.
export function ownModules(src) {
  const out = new Set();
  const walk = (dir, prefix) => {
    for (const e of readdirSync(join(src, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      const mod = (n) => (prefix ? `${prefix}::${n}` : n);
      if (e.isDirectory() && rel !== "bin") {
        out.add(mod(e.name));
        walk(rel, mod(e.name));
      } else if (e.name.endsWith(".rs") && !["mod.rs", "lib.rs", "main.rs"].includes(e.name)) out.add(mod(e.name.slice(0, -3)));
    }
  };
  walk("", "");
  return out;
}
