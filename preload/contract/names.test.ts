import { describe, expect, it } from 'vitest';
import { commands, events } from './index';
import { commandNames, eventNames, isCommandName, isEventName } from './names';

describe('the contract names the preload checks against', () => {
  it('are exactly the commands and events that have schemas, each once', () => {
    expect([...commandNames].sort()).toEqual(Object.keys(commands).sort());
    expect([...eventNames].sort()).toEqual(Object.keys(events).sort());
    expect(new Set(commandNames).size).toBe(commandNames.length);
    expect(new Set(eventNames).size).toBe(eventNames.length);
  });

  it('refuse what is not one of them, including inherited keys', () => {
    for (const name of ['toString', '__proto__', 'constructor', '', 'service', 'SERVICE.LIST', 7])
      expect(isCommandName(name) || isEventName(name)).toBe(false);
    expect(isCommandName('service.list')).toBe(true);
    expect(isEventName('service.changed')).toBe(true);
  });
});
