// A central site's plant selector (DESIGN.md §19): the page shows one plant at a time, chosen in the header and
// kept in this browser; a plant's own site has none. A new choice loads the page anew for that plant.
import * as api from './api.js';

const KEY = 'amrs.plant';

/** The plant kept in this browser if the site still holds it, else the first. */
export function pickPlant(plants, kept) {
  return plants.includes(kept) ? kept : (plants[0] ?? null);
}

/**
 * At a central site: shows the selector with the site's plants and makes every read name the plant chosen;
 * answers that plant, or null at a plant's own site (or when the API does not say what it is).
 */
export async function choosePlant(document = window.document, storage = window.localStorage) {
  let site;
  try {
    site = await api.plant();
  } catch {
    return null;
  }
  if (site.mode !== 'central') return null;
  const plants = (await api.plants(1)).map((entry) => entry.plant_id);
  const chosen = pickPlant(plants, storage.getItem(KEY));
  const select = document.getElementById('plant-select');
  select.replaceChildren(
    ...plants.map((plant) => {
      const option = document.createElement('option');
      option.value = plant;
      option.textContent = plant;
      option.selected = plant === chosen;
      return option;
    }),
  );
  select.disabled = plants.length === 0;
  select.addEventListener('change', () => {
    storage.setItem(KEY, select.value);
    window.location.reload();
  });
  document.getElementById('plant-choice').hidden = false;
  api.usePlant(chosen);
  return chosen;
}
