// The rest of the service worker (sitegen prepends BUILD, PREFIX, CACHE, CONFIG_CACHE, ACTIVATE,
// CONFIG, NOT_FOUND and FILES).

self.addEventListener("install", (event) => {
  // Precache the whole build. No skipWaiting here: a new version waits until the person
  // chooses to reload, so a page never mixes old and new files.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new URL(file, self.registration.scope)))),
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

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) return;
  // The hospital's settings file is not part of the build, and carries the hospital's 24-hour
  // line: ask the server first, keep its last answer (in a cache that outlives builds), and
  // answer from that copy when offline, so going offline never removes the line. A file the
  // server no longer has (404) is forgotten.
  if (url.pathname.endsWith("/" + CONFIG)) {
    event.respondWith(
      caches.open(CONFIG_CACHE).then(async (cache) => {
        try {
          const response = await fetch(request);
          if (response.ok) await cache.put(request, response.clone());
          else if (response.status === 404 || response.status === 410) await cache.delete(request);
          return response;
        } catch (error) {
          const kept = await cache.match(request);
          if (kept) return kept;
          throw error;
        }
      }),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // ignoreSearch: "support/?q=samaritans" is the support page.
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      try {
        return await fetch(request);
      } catch (error) {
        // Offline and not in this build (a mistyped or renamed address): "Page not found",
        // written for the root of the guide, with its <base> pointed there (it says "./"), so
        // its stylesheet, scripts and links work from any depth.
        if (request.mode === "navigate") {
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
