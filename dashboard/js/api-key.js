// The API key for the page's writes (header X-API-Key, the api-server's API_KEY), typed in once per
// browser tab: kept in sessionStorage, never in the page's files or in localStorage. Every key field
// (the plant's stops, the machine page's) shows the same key.
const STORAGE_KEY = 'amrs.apiKey';
const inputs = () => [...document.querySelectorAll('.api-key input')];

export function initApiKey() {
  const key = read();
  for (const input of inputs()) {
    input.value = key;
    input.addEventListener('input', () => inputs().forEach((other) => (other.value = input.value)));
    input.addEventListener('change', () => write(input.value.trim()));
  }
}

export const apiKey = () => (inputs()[0]?.value ?? '').trim();

function read() {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return ''; // storage blocked: the key lives as long as the field
  }
}

function write(key) {
  try {
    if (key) sessionStorage.setItem(STORAGE_KEY, key);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage blocked
  }
}
