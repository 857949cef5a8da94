// The time range selector: 24 h / 7 d / 30 d, i.e. days=1/7/30 (default 7). The choice is kept in
// the address (?days=30), so a bookmarked or shared link opens the same view.

const CHOICES = [1, 7, 30];
const DEFAULT_DAYS = 7;

export function initialDays() {
  const days = Number(new URLSearchParams(window.location.search).get('days'));
  return CHOICES.includes(days) ? days : DEFAULT_DAYS;
}

export function initRangeSelector(days, onChange) {
  const inputs = document.querySelectorAll('#range input[name="range"]');
  for (const input of inputs) {
    input.checked = Number(input.value) === days;
    input.addEventListener('change', () => {
      if (!input.checked) return;
      const chosen = Number(input.value);
      const url = new URL(window.location.href);
      url.searchParams.set('days', String(chosen));
      window.history.replaceState(null, '', url);
      onChange(chosen);
    });
  }
}
