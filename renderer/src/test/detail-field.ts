/** The value of a labelled row of a DetailList (`<dt>label</dt><dd>value</dd>`) inside `within`. */
export function field(within: HTMLElement, label: string): HTMLElement {
  const term = [...within.querySelectorAll('dt')].find((dt) => dt.textContent === label);
  const value = term?.nextElementSibling;
  if (!(value instanceof HTMLElement)) throw new Error(`No "${label}" row`);
  return value;
}
