// The verify page: decode the certificate in the link's fragment, check its signature
// against the network's issuer keys embedded below, and show what it says.
"use strict";
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
function b32decode(text) {
  const clean = text.toUpperCase().replace(/O/g, "0").replace(/[IL]/g, "1").replace(/U/g, "V");
  const out = [];
  let acc = 0, bits = 0;
  for (const ch of clean) {
    const v = CROCKFORD.indexOf(ch);
    if (v < 0) return null;
    acc = (acc << 5) | v; bits += 5;
    if (bits >= 8) { bits -= 8; out.push((acc >> bits) & 255); }
  }
  return new Uint8Array(out);
}
function hex(bytes) { return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("").toUpperCase(); }
function b32(bytes) {
  let out = "", acc = 0, bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b; bits += 8;
    while (bits >= 5) { bits -= 5; out += CROCKFORD[(acc >> bits) & 31]; }
  }
  if (bits > 0) out += CROCKFORD[(acc << (5 - bits)) & 31];
  return out;
}
function b64(text) { return Uint8Array.from(atob(text), (c) => c.charCodeAt(0)); }
function day(bytes) {
  const d = new Date(Date.UTC(2000, 0, 1) + ((bytes[0] << 8) | bytes[1]) * 86400000);
  return d.toISOString().slice(0, 10);
}
function text(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 1) {
      const lead = bytes[i + 1];
      const n = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
      out += new TextDecoder().decode(bytes.slice(i + 1, i + 1 + n));
      i += n;
    } else out += b < 0x80 ? String.fromCharCode(b) : DATA.table[b - 0x80];
  }
  return out;
}
async function inflate(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
function standing(key, on) {
  const gone = DATA.withdrawn[key];
  if (gone && on >= gone[0]) return ["WITHDRAWN", gone];
  if (DATA.issuers.includes(key)) return ["VALID"];
  for (const [k, from, until] of DATA.delegations) if (k === key && from <= on && on <= until) return ["VALID"];
  return ["NOT_APPROVED"];
}
async function check(fragment) {
  const raw = b32decode(fragment.replace(/[\s-]+/g, ""));
  const context = new TextEncoder().encode(DATA.context);
  if (raw === null || raw.length < 91 || (raw[0] & 0x7f) !== 2) return { status: "DAMAGED" };
  const network = hex(raw.slice(1, 5));
  const keyId = hex(raw.slice(5, 9));
  const number = b32(raw.slice(9, 14)).slice(0, 8) + "-" +
    String((raw[14] << 16) | (raw[15] << 8) | raw[16]).padStart(4, "0");
  const version = raw[17];
  let body = raw.slice(18, raw.length - 64);
  if (network !== DATA.network) return { status: "OTHER_NETWORK", number };
  const key = DATA.keys[keyId];
  if (!key) return { status: "UNKNOWN_ISSUER", number };
  const signed = new Uint8Array(context.length + raw.length - 64);
  signed.set(context); signed.set(raw.slice(0, raw.length - 64), context.length);
  if (!ed25519Verify(b64(key), signed, raw.slice(raw.length - 64))) return { status: "ALTERED", number };
  try { if (raw[0] & 0x80) body = await inflate(body); } catch (e) { return { status: "ALTERED", number }; }
  const parts = [];
  let start = 9;
  for (let i = 9; i <= body.length; i++) if (i === body.length || body[i] === 0) { parts.push(body.slice(start, i)); start = i + 1; }
  const facts = {
    number: version > 1 ? number + " (v" + version + ")" : number,
    name: text(parts[0]), training: text(parts[1]), org: text(parts[2]),
    from: day(body.slice(0, 2)), to: day(body.slice(2, 4)), issued: day(body.slice(4, 6)),
    hours: ((body[6] << 16) | (body[7] << 8) | body[8]) / 100,
  };
  const [status, gone] = standing(key, facts.issued);
  if (status !== "VALID") return { status, number, facts, gone };
  const revoked = DATA.revoked[number];
  if (revoked) return { status: "REVOKED", number, facts, revoked };
  const newer = DATA.superseded[number + "/" + version];
  if (newer) return { status: "SUPERSEDED", number, facts, newer };
  return { status: "VALID", number, facts };
}
function render(result, lang) {
  const w = DATA.words[lang];
  document.documentElement.lang = lang;
  const el = document.getElementById("status");
  el.dataset.status = result.status;
  el.textContent = w.status[result.status];
  let msg = w.explain[result.status] || "";
  if (result.revoked) msg += " " + result.revoked[0] + ": " + result.revoked[1];
  if (result.gone) msg += " " + result.gone[0] + ": " + result.gone[1];
  if (result.newer) msg += " " + result.newer;
  document.getElementById("message").textContent = msg;
  const dl = document.getElementById("facts");
  dl.textContent = "";
  if (result.facts) {
    for (const field of ["name", "training", "from", "to", "hours", "org", "number", "issued"]) {
      const dt = document.createElement("dt"); dt.textContent = w.fields[field];
      const dd = document.createElement("dd"); dd.textContent = result.facts[field];
      dd.id = "fact-" + field;
      dl.append(dt, dd);
    }
  }
  document.getElementById("fresh").textContent = w.fresh.replace("{date}", DATA.made_on).replace("{by}", DATA.made_by).replace("{count}", DATA.revocations);
}
async function main() {
  let lang = (navigator.language || "en").slice(0, 2);
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked) lang = asked;
  if (!DATA.words[lang]) lang = "en";
  const result = await check(decodeURIComponent(location.hash.slice(1)));
  render(result, lang);
  for (const b of document.querySelectorAll("#langs button")) b.onclick = () => render(result, b.dataset.lang);
}
main();
