// The machine page's address (DESIGN.md §14): #machine=OPC-UA-M1 opens the page of that machine, so it
// can be bookmarked, reloaded and left with the browser's Back button; any other hash is the plant.
const KEY = 'machine';

/** The machine a location hash names, or null for the plant view. */
export function machineOfHash(hash) {
  const machine = new URLSearchParams(String(hash ?? '').replace(/^#/, '')).get(KEY);
  return machine ? machine : null;
}

/** The hash of a machine's page: "#machine=OPC-UA-M1". */
export const machineHash = (machine) => `#${new URLSearchParams({ [KEY]: machine })}`;

/** Opens a machine's page: a new entry in the browser's history, so Back returns to where the user was. */
export function openMachine(machine) {
  window.location.hash = machineHash(machine);
}
