/** Which config texts make the action load RE2 before parsing (config/pattern-engine.ts). */
import { describe, expect, it } from 'vitest';
import { mayHoldPatterns } from '../../src/config/pattern-engine.js';
import { defaultInitChoices } from '../../src/features/init/choices.js';
import { planInit } from '../../src/features/init/files.js';

describe('mayHoldPatterns', () => {
  it.each([
    'rules:\n  debt-link:\n    registers:\n      - key: "DEBT-\\d+"\n',
    'rules: { debt-link: { registers: [{ key: "TD-\\d+" }] } }\n',
    'sprints:\n  milestone:\n    "pattern": "^Sprint"\n',
    "registers:\n- 'key' : TD-\\d+\n",
  ])('a config with a pattern key: %j', (text) => expect(mayHoldPatterns(text)).toBe(true));

  it.each([
    'mode: advisory\n',
    'rules:\n  debt-link:\n    registers:\n      - github: { label: tech-debt }\n',
    'monkey: 1\nkeys: [a]\npatterns: x\n',
  ])('none: %j', (text) => expect(mayHoldPatterns(text)).toBe(false));

  it('the config init writes with its defaults holds none, so a check with it never loads RE2', () => {
    expect(mayHoldPatterns(planInit(defaultInitChoices()).files[0]?.content ?? '')).toBe(false);
  });
});
