// The page's two views, the plant and a machine's page, named by the address (#machine=ID) so that
// bookmarks, reloads and the Back button work. The focus follows a change of view, for keyboard and
// screen reader users; the document's title names the machine.
import { hideMachine, showMachine } from './machine-page.js';
import { machineOfHash } from './machine-route.js';

const $ = (id) => document.getElementById(id);
const view = { machine: null, plantName: 'AMRS plant', started: false, days: null, onPlantShown: null };

/** The machine whose page is shown; null while the plant is. */
export const shownMachine = () => view.machine;

/**
 * @param days () → the page's range
 * @param onPlantShown called when the plant is shown: it was not refreshed meanwhile
 */
export function initViews({ days, onPlantShown }) {
  view.days = days;
  view.onPlantShown = onPlantShown;
  // the skip link moves the focus without changing the address, which names the view
  document.querySelector('.skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    $('main').focus();
  });
  window.addEventListener('hashchange', route);
  route();
  view.started = true;
}

export function showPlantName(name) {
  view.plantName = name;
  showTitle();
}

function route() {
  const machine = machineOfHash(window.location.hash);
  const previous = view.machine;
  view.machine = machine;
  $('plant-view').hidden = machine !== null;
  showTitle();
  if (machine !== null) {
    showMachine(machine, view.days());
    if (machine !== previous) focus($('machine-title'));
  } else {
    hideMachine();
    view.onPlantShown();
    if (previous !== null) focus(liveLinkOf(previous) ?? $('main'));
  }
}

function focus(element) {
  if (view.started) element.focus(); // not when the page opens: the user starts at its top
}

const liveLinkOf = (machine) =>
  [...document.querySelectorAll('#live-rows a[data-machine]')].find((link) => link.dataset.machine === machine);

function showTitle() {
  $('plant-name').textContent = view.plantName;
  document.title = view.machine ? `${view.machine} · ${view.plantName} · AMRS` : `${view.plantName} · AMRS`;
}
