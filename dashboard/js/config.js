// config.json next to index.html: how often the page polls the REST API while the live stream is
// down and, optionally, a plant_name for this page that differs from the API's (/api/plant, set in
// config/amrs.yml). Replace the file to configure a deployment.

const DEFAULTS = { plant_name: '', fallback_poll_seconds: 5 };

export async function loadConfig() {
  let config = { ...DEFAULTS };
  try {
    const response = await fetch('config.json', { cache: 'no-cache' });
    if (response.ok) config = { ...DEFAULTS, ...(await response.json()) };
  } catch {
    // the defaults
  }
  const seconds = Number(config.fallback_poll_seconds);
  config.fallback_poll_seconds = Number.isFinite(seconds) ? Math.max(2, seconds) : DEFAULTS.fallback_poll_seconds;
  config.plant_name = String(config.plant_name || '').trim();
  return config;
}
