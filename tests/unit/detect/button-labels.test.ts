/**
 * The button classifier measured on labelled wording it was not written from one entry at a time: every
 * button label the consent libraries ship (library-wording/load.ts maps each key to what the button does),
 * the names of the IAB TCF purposes and features that consent dialogs list (not choices), and the US
 * state-law opt-out wording. Per kind, recall must reach 97% and false positives stay at or below 1%.
 */
import { describe, expect, it } from 'vitest';
import { BUTTON_KINDS, classifyButtonLabel } from '../../../lib/detect/text-signals';
import { allLibraryWording, type Label } from './library-wording/load';

/** A consent dialog must tell most choices apart: below this share of a kind found, banners go unjudged. */
const MIN_RECALL = 0.97;
/** Labels of other kinds (or of no choice) taken for this kind: more costs precision on look-alikes. */
const MAX_FALSE_POSITIVE_RATE = 0.01;

/** The IAB TCF v2.2 purposes, special purposes and features as dialogs list them: names, not choices. */
const TCF_NAMES = [
  'Store and/or access information on a device',
  'Use limited data to select advertising',
  'Create profiles for personalised advertising',
  'Use profiles to select personalised advertising',
  'Create profiles to personalise content',
  'Use profiles to select personalised content',
  'Measure advertising performance',
  'Measure content performance',
  'Understand audiences through statistics or combinations of data from different sources',
  'Develop and improve services',
  'Use limited data to select content',
  'Ensure security, prevent and detect fraud, and fix errors',
  'Deliver and present advertising and content',
  'Save and communicate privacy choices',
  'Match and combine data from other data sources',
  'Link different devices',
  'Identify devices based on information transmitted automatically',
  'Use precise geolocation data',
  'Actively scan device characteristics for identification',
  'Legitimate interest',
  'Vendors',
  'Partners',
  'Purposes',
  'Features',
  'Special purposes',
  'Consent',
  'Details',
  'Cookie details',
  'Our partners',
  'View our partners',
  'List of partners (vendors)',
  'IAB TCF vendors',
];

/** US state privacy laws' opt-out wording (CCPA/CPRA and the states that followed): rejections. */
const US_OPT_OUT = [
  'Do Not Sell or Share My Personal Information',
  'Do Not Sell My Personal Information',
  'Do Not Sell My Info',
  'Do Not Share My Personal Information',
  'Opt out of sale/sharing',
  'Opt-Out of Sale',
  'Opt out of targeted advertising',
];

const LABELS: (Label & { source: string })[] = [
  ...(await allLibraryWording()).flatMap((l) =>
    l.labels.map((label) => ({ ...label, source: `${l.library} ${l.lang}` })),
  ),
  ...TCF_NAMES.map((text) => ({ kind: 'none' as const, key: 'tcf', text, source: 'IAB TCF' })),
  ...US_OPT_OUT.map((text) => ({ kind: 'reject' as const, key: 'us', text, source: 'US opt-out' })),
];

const percent = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;

describe('button classifier on real labelled wording', () => {
  const kindOf = (text: string) => classifyButtonLabel(text) ?? 'none';

  it.each(BUTTON_KINDS.map((k) => [k]))('%s: recall >= 97%, false positives <= 1%', (kind) => {
    const positives = LABELS.filter((l) => l.kind === kind);
    const found = positives.filter((l) => kindOf(l.text) === kind || kindOf(l.text) === l.also);
    const negatives = LABELS.filter((l) => l.kind !== kind && l.also !== kind);
    const falsePositives = negatives.filter((l) => kindOf(l.text) === kind);
    const recall = found.length / positives.length;
    const fpRate = falsePositives.length / negatives.length;
    console.log(
      `${kind}: recall ${found.length}/${positives.length} = ${percent(found.length, positives.length)}; ` +
        `false positives ${falsePositives.length}/${negatives.length} = ${percent(falsePositives.length, negatives.length)}` +
        (falsePositives.length
          ? ` (${falsePositives.map((l) => `${l.source} "${l.text}"`).join(', ')})`
          : ''),
    );
    expect(positives.length).toBeGreaterThan(100);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(fpRate).toBeLessThanOrEqual(MAX_FALSE_POSITIVE_RATE);
  });

  it('names no choice in what is not one (purpose names, partner lists, "Read more")', () => {
    const none = LABELS.filter((l) => l.kind === 'none');
    const taken = none.filter((l) => kindOf(l.text) !== 'none');
    console.log(`no choice: ${none.length - taken.length}/${none.length} left alone`);
    expect(taken.length / none.length).toBeLessThanOrEqual(MAX_FALSE_POSITIVE_RATE * BUTTON_KINDS.length);
  });
});
