// The page's three views, the plant, a machine's page and the reports, named by the address (#machine=ID,
// #reports) so that bookmarks, reloads and the Back button work. The focus follows a change of view, for
// keyboard and screen reader users; the document's title names the machine or the reports, the header's
// links which view is shown (aria-current).
import { hideMachine, showMachine } from './machine-page.js';
import { hideReports, showReports } from './reports-view.js';
import { routeOfHash } from './route.js';

const $ = (id) => document.getElementById(id);
const view = { name: 'plant', machine: null, plantName: 'AMRS plant', started: false, days: null, onPlantShown: null };

/** The machine whose page is shown; null while the plant or the reports are. */
export const shownMachine = () => view.machine;

/** 'plant', 'machine' or 'reports'. */
export const shownView = () => view.name;

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
  const { view: name, machine } = routeOfHash(window.location.hash);
  const previous = { name: view.name, machine: view.machine };
  view.name = name;
  view.machine = machine;
  document.body.dataset.view = name;
  $('plant-view').hidden = name !== 'plant';
  for (const link of document.querySelectorAll('.views-nav a')) {
    if (link.dataset.view === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  showTitle();
  if (name !== 'machine') hideMachine();
  if (name !== 'reports') hideReports();
  if (name === 'machine') {
    showMachine(machine, view.days());
    if (machine !== previous.machine) focus($('machine-title'));
  } else if (name === 'reports') {
    showReports();
    if (previous.name !== 'reports') focus($('reports-title'));
  } else {
    view.onPlantShown();
    if (previous.name === 'machine') focus(liveLinkOf(previous.machine) ?? $('main'));
    else if (previous.name === 'reports' && !document.activeElement?.closest('.views-nav')) focus($('nav-reports'));
  }
}

function focus(element) {
  if (view.started) element.focus(); // not when the page opens: the user starts at its top
}

const liveLinkOf = (machine) =>
  [...document.querySelectorAll('#live-rows a[data-machine]')].find((link) => link.dataset.machine === machine);

function showTitle() {
  $('plant-name').textContent = view.plantName;
  const what = view.name === 'reports' ? 'Reports' : view.machine;
  document.title = what ? `${what} · ${view.plantName} · AMRS` : `${view.plantName} · AMRS`;
}
