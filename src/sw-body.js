// The rest of the service worker (sitegen prepends BUILD, PREFIX, CACHE, CONFIG_CACHE, ACTIVATE,
// CONFIG, NOT_FOUND, REPORT, KEPT_HEADER, FRESH_HEADER, READ_ON_HEADER, REQUIRED and OPTIONAL, then
// src/settings-read.js).

const at = (file) => new URL(file, self.registration.scope);

/** Fetches `file` for the offline copy: its response, or what went wrong (0: no answer). */
async function fetchForCopy(file) {
  try {
    // "no-cache": ask the server, never only the browser's HTTP cache. A server that sends
    // pages with a max-age (say "expires 1d") would otherwise fill a new build's copy with the
    // old build's pages, which the worker then answers with until the build after.
    const response = await fetch(at(file), { cache: "no-cache" });
    return response.ok ? { response } : { status: response.status };
  } catch (error) {
    return { status: 0 };
  }
}

/** Says which files could not be kept, in the console and (for "About this deployment") in a
 *  report kept beside the settings file's copy; no report when all were kept. */
async function report(failed) {
  for (const { file, status, required } of failed) {
    console.warn(`Secondary Breast Cancer Guide, offline copy: ${file} could not be kept (${status ? `the server answered ${status}` : "no answer"})${required ? "; the offline copy was not updated" : ""}.`);
  }
  const cache = await caches.open(CONFIG_CACHE);
  if (failed.length === 0) return cache.delete(at(REPORT));
  const body = JSON.stringify({ build: BUILD, failed });
  return cache.put(at(REPORT), new Response(body, { headers: { "content-type": "application/json" } }));
}

self.addEventListener("install", (event) => {
  // No skipWaiting here: a new version waits until the person chooses to reload, so a page
  // never mixes old and new files.
  event.waitUntil(
    (async () => {
      const failed = [];
      // Pages, scripts, wasm and styles: all or none. If one is missing the new version is
      // never used (install fails) and the previous one stays in use, whole.
      const required = await Promise.all(REQUIRED.map(async (file) => [file, await fetchForCopy(file)]));
      for (const [file, got] of required) if (!got.response) failed.push({ file, status: got.status, required: true });
      // Icons and the manifest: one missing never stops the offline copy; it is asked for
      // again when the guide is next opened (retryOptional) or when the browser asks for it.
      const optional = await Promise.all(OPTIONAL.map(async (file) => [file, await fetchForCopy(file)]));
      for (const [file, got] of optional) if (!got.response) failed.push({ file, status: got.status, required: false });
      await report(failed);
      // The new version's cache is made only now, whole, so a failed install leaves none.
      if (failed.some((f) => f.required)) throw new Error("The offline copy was not updated: a required file is missing.");
      const cache = await caches.open(CACHE);
      await Promise.all([...required, ...optional].filter(([, got]) => got.response).map(([file, got]) => cache.put(at(file), got.response)));
    })(),
  );
});

self.addEventListener("activate", (event) => {
  // Delete only our own older caches: an intranet origin is shared with other apps.
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE && key !== CONFIG_CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  // The app asks for this when the person chooses "Reload for the new version".
  if (event.data === ACTIVATE) self.skipWaiting();
});

/** Asks the server again for the optional files this build's copy could not keep, keeps those
 *  it now sends, and reports what is still missing. Once each time the worker starts. */
let retried = false;
async function retryOptional() {
  const left = await caches.open(CONFIG_CACHE).then((c) => c.match(at(REPORT))).then((r) => r && r.json()).catch(() => null);
  if (!left || left.build !== BUILD || left.failed.some((f) => f.required)) return;
  const cache = await caches.open(CACHE);
  const still = [];
  for (const missing of left.failed) {
    const got = await fetchForCopy(missing.file);
    if (got.response) await cache.put(at(missing.file), got.response);
    else still.push({ ...missing, status: got.status });
  }
  await report(still);
}

/** The settings file: the server's answer when it works, else the last copy that did. */
async function answerSettings(request) {
  const cache = await caches.open(CONFIG_CACHE);
  const kept = async (works) => {
    const copy = await cache.match(request);
    if (!copy) return null;
    if (works) return copy;
    const headers = new Headers(copy.headers);
    headers.set(KEPT_HEADER, copy.headers.get(READ_ON_HEADER) || "");
    return new Response(copy.body, { status: copy.status, headers });
  };
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    const copy = await kept(true);
    if (copy) return copy;
    // Offline with no copy kept: there was no file that worked, so, as for a 404, "no file",
    // without a network error in the page's console.
    return new Response(null, { status: 204 });
  }
  if (response.status === 404 || response.status === 410) {
    await cache.delete(request);
    // No settings file is normal (the public site has none): "204 No Content" tells the page
    // so without the console error a 404 would log on every page view.
    return new Response(null, { status: 204 });
  }
  const body = await response.clone().arrayBuffer();
  const read = readSettingsAnswer(response.status, response.headers.get("content-type"), body);
  if (read.settings && read.line !== false) {
    const headers = new Headers(response.headers);
    headers.set(READ_ON_HEADER, new Date().toISOString().slice(0, 10));
    await cache.put(request, new Response(body, { status: response.status, headers }));
    return response;
  }
  console.warn(`Secondary Breast Cancer Guide: ${CONFIG} on the server cannot be used (${response.status}, ${response.headers.get("content-type") || "no Content-Type"}); the last copy that worked is used, if there is one.`);
  return (await kept(false)) || response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) return;
  if (request.mode === "navigate" && !retried) {
    retried = true;
    event.waitUntil(retryOptional().catch(() => {}));
  }
  // The hospital's settings file is not part of the build, and carries the hospital's 24-hour
  // line. Ask the server first and keep the last copy that works (in a cache that outlives
  // builds). Answer from that copy when offline, and also when the server's file cannot be
  // used (a host's web page in its place, an error, not readable, a 24-hour line that cannot
  // be dialled), marked with KEPT_HEADER so the settings pages say so: neither going offline
  // nor a broken update ever removes the line. A file the server no longer has (404, 410) is
  // forgotten. The settings check page asks with FRESH_HEADER for the server's own answer.
  if (url.pathname.endsWith("/" + CONFIG)) {
    if (request.headers.has(FRESH_HEADER)) return;
    event.respondWith(answerSettings(request));
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // ignoreSearch: "support/?q=samaritans" is the support page.
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      try {
        const response = await fetch(request);
        // An optional file that could not be kept at install, asked for again: keep it now.
        if (response.ok && OPTIONAL.some((file) => at(file).href === url.href)) {
          await cache.put(request, response.clone());
          const left = await caches.open(CONFIG_CACHE).then((c) => c.match(at(REPORT))).then((r) => r && r.json()).catch(() => null);
          if (left) await report(left.failed.filter((f) => at(f.file).href !== url.href));
        }
        return response;
      } catch (error) {
        // Offline and not in this build (a mistyped or renamed address): "Page not found",
        // written for the root of the guide, with its <base> pointed there (it says "./"), so
        // its stylesheet, scripts and links work from any depth.
        if (request.mode === "navigate") {
          // Addresses a server would have answered: "guide/urgent-symptoms" (it redirects to
          // the folder) and "index.html" (it sends the folder's page).
          const name = url.pathname.split("/").pop();
          const folder = name === "index.html" ? new URL("./", url) : name && !name.includes(".") ? new URL(url.pathname + "/", url) : null;
          if (folder && (await cache.match(folder, { ignoreSearch: true }))) {
            return Response.redirect(folder.href + url.search, 301);
          }
          const missing = await cache.match(new URL(NOT_FOUND, self.registration.scope));
          if (missing) {
            const page = (await missing.text()).replace('<base href="./">', `<base href="${self.registration.scope}">`);
            return new Response(page, { status: 404, headers: { "content-type": "text/html; charset=utf-8" } });
          }
        }
        throw error;
      }
    }),
  );
});
