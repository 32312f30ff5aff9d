// Written by sitegen above src/boot-body.js, only for the bundle with the settings check page:
// why starting failed, so the page shows a web team that cause alone, not every possible one.
let blockedByPolicy = false;
// A Content-Security-Policy without 'wasm-unsafe-eval' refuses to compile the wasm.
document.addEventListener('securitypolicyviolation', (event) => {
  if (/wasm/.test(event.blockedURI)) blockedByPolicy = true;
});
/** Why starting failed, as one of the codes the check page knows (src/contracts.rs
 *  FAILURE_CAUSES), or nothing when it cannot tell. `wasmAnswer` is the boot module's fetch of
 *  the wasm. */
const failureCause = async (error) => {
  if (typeof WebAssembly !== 'object') return 'no-wasm';
  if (blockedByPolicy || /Content.Security.Policy|unsafe-eval/i.test(String(error))) return 'csp';
  const answer = await wasmAnswer.catch(() => null);
  if (!answer || !answer.ok) return 'wasm-missing';
  if (!/^application\/wasm/.test(answer.headers.get('content-type') || '')) return 'wasm-type';
  return null;
};
