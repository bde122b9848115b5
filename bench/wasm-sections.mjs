// Reads the two parts of a wasm binary that twiggy does not give as bytes: each data
// segment's contents and its name (the name section's "data names" subsection), so that the
// size profile can find the embedded JSON inside a segment.
//   dataSegments(buffer) → [{ index, name, bytes: Buffer }]

function reader(buf, pos = 0) {
  const r = {
    pos,
    byte: () => buf[r.pos++],
    u32() {
      let result = 0;
      let shift = 0;
      let b;
      do {
        b = buf[r.pos++];
        result += (b & 0x7f) * 2 ** shift;
        shift += 7;
      } while (b & 0x80);
      return result;
    },
    skipLeb() {
      while (buf[r.pos++] & 0x80);
    },
    bytes(n) {
      const out = buf.subarray(r.pos, r.pos + n);
      r.pos += n;
      return out;
    },
    name: () => r.bytes(r.u32()).toString("utf8"),
  };
  return r;
}

// A constant expression (a segment's offset): i32/i64.const, global.get, then `end`.
function skipConstExpr(r) {
  for (;;) {
    const op = r.byte();
    if (op === 0x0b) return;
    if (op === 0x41 || op === 0x42 || op === 0x23) r.skipLeb();
    else throw new Error(`wasm: unexpected opcode 0x${op.toString(16)} in a data segment's offset`);
  }
}

function sections(buf) {
  if (buf.readUInt32LE(0) !== 0x6d736100) throw new Error("not a wasm binary");
  const r = reader(buf, 8);
  const out = [];
  while (r.pos < buf.length) {
    const id = r.byte();
    const size = r.u32();
    const start = r.pos;
    const custom = id === 0 ? r.name() : null;
    out.push({ id, custom, body: buf.subarray(r.pos, start + size) });
    r.pos = start + size;
  }
  return out;
}

export function dataSegments(buf) {
  const all = sections(buf);
  const names = new Map();
  const nameSection = all.find((s) => s.custom === "name");
  if (nameSection) {
    const r = reader(nameSection.body);
    while (r.pos < nameSection.body.length) {
      const sub = r.byte();
      const size = r.u32();
      const end = r.pos + size;
      if (sub === 9) {
        for (let n = r.u32(); n > 0; n--) names.set(r.u32(), r.name());
      }
      r.pos = end;
    }
  }
  const data = all.find((s) => s.id === 11);
  if (!data) return [];
  const r = reader(data.body);
  const segments = [];
  for (let i = 0, n = r.u32(); i < n; i++) {
    const flags = r.u32();
    if (flags === 2) r.u32(); // memory index
    if (flags !== 1) skipConstExpr(r);
    const bytes = r.bytes(r.u32());
    segments.push({ index: i, name: names.get(i) ?? null, bytes });
  }
  return segments;
}
