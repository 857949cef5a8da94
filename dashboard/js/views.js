// The page's four views, the plant, a machine's page, the reports and the alerts, named by the address
// (#machine=ID, #reports, #alerts) so that bookmarks, reloads and the Back button work. The focus follows a
// change of view, for keyboard and screen reader users; the document's title names the machine, the reports or
// the alerts, the header's links which view is shown (aria-current).
import { hideAlerts, showAlerts } from './alerts-view.js';
import { hideMachine, showMachine } from './machine-page.js';
import { hideReports, showReports } from './reports-view.js';
import { routeOfHash } from './route.js';

const $ = (id) => document.getElementById(id);
const view = { name: 'plant', machine: null, plantName: 'AMRS plant', started: false, days: null, onPlantShown: null };

/** The views with a title and a link in the header of their own: how they are shown and hidden, their title, heading and link. */
const PAGES = {
  reports: { show: showReports, hide: hideReports, title: 'Reports', heading: 'reports-title', link: 'nav-reports' },
  alerts: { show: showAlerts, hide: hideAlerts, title: 'Alerts', heading: 'alerts-title', link: 'nav-alerts' },
};

/** The machine whose page is shown; null while the plant, the reports or the alerts are. */
export const shownMachine = () => view.machine;

/** 'plant', 'machine', 'reports' or 'alerts'. */
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
  for (const [page, { hide }] of Object.entries(PAGES)) if (name !== page) hide();
  if (name === 'machine') {
    showMachine(machine, view.days());
    if (machine !== previous.machine) focus($('machine-title'));
  } else if (PAGES[name]) {
    PAGES[name].show();
    if (previous.name !== name) focus($(PAGES[name].heading));
  } else {
    view.onPlantShown();
    if (previous.name === 'machine') focus(liveLinkOf(previous.machine) ?? $('main'));
    else if (PAGES[previous.name] && !document.activeElement?.closest('.views-nav')) focus($(PAGES[previous.name].link));
  }
}

function focus(element) {
  if (view.started) element.focus(); // not when the page opens: the user starts at its top
}

const liveLinkOf = (machine) =>
  [...document.querySelectorAll('#live-rows a[data-machine]')].find((link) => link.dataset.machine === machine);

function showTitle() {
  $('plant-name').textContent = view.plantName;
  const what = PAGES[view.name]?.title ?? view.machine;
  document.title = what ? `${what} · ${view.plantName} · AMRS` : `${view.plantName} · AMRS`;
}
