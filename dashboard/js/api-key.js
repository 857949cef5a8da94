// The API key for the page's writes (header X-API-Key, the api-server's API_KEY), typed in once per
// browser tab: kept in sessionStorage, never in the page's files or in localStorage.
const STORAGE_KEY = 'amrs.apiKey';
const input = () => document.getElementById('api-key');

export function initApiKey() {
  input().value = read();
  input().addEventListener('change', () => write(input().value.trim()));
}

export const apiKey = () => input().value.trim();

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
