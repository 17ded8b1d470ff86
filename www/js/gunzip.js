// Inlined bytes for the single-file build (www/js/offline.js, and the chunks' loader as the
// build rewrites it).

// The bytes of gzip-compressed base64 text. Through streams only, never a Blob: in WebKit a
// worker started from a `blob:` URL of a `file://` page cannot read Blobs, and this runs in
// each worker too (its source is inlined into their scripts, so it uses nothing outside).
export async function gunzipBase64(b64) {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const reader = new ReadableStream({
    start(c) {
      c.enqueue(bytes);
      c.close();
    },
  })
    .pipeThrough(new DecompressionStream('gzip'))
    .getReader();
  const parts = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    length += value.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out.buffer;
}

/** An inlined wasm chunk as the response `WebAssembly.instantiateStreaming` takes. */
export function inlinedWasm(b64) {
  return gunzipBase64(b64).then((bytes) => new Response(bytes, { headers: { 'content-type': 'application/wasm' } }));
}
