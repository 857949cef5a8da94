// Requests that must not pile up (refreshes after live messages): one at a time, and the calls made
// while one runs are folded into a single run after it.

/** @param run an async function that handles its own errors */
export function coalesced(run) {
  let running = false;
  let again = false;
  return async function request() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await run();
      } while (again);
    } finally {
      running = false;
    }
  };
}
