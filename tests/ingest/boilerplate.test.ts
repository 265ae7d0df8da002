import { describe, expect, it } from 'vitest';
import { isBoilerplate, stripBoilerplate } from '../../server/ingest/boilerplate.ts';

describe('isBoilerplate', () => {
  it.each([
    ['a bare sign-up link', 'Sign up here.'],
    ['a newsletter pitch', 'Our weekly newsletter contains a hand-picked selection of news. You will receive it in your mailbox every Friday.'],
    ['a subscription confirmation', 'We sent a confirmation to your email. Please confirm your subscription.'],
    ['a donation appeal with a figure', 'If you can, please support us monthly starting from just $2. It’s quick to set up, and every contribution makes a significant impact.'],
    ['donation buttons', 'Once Monthly Annual Continue Not ready to support today?'],
    ['a photo caption credit', 'Olena and her husband embrace after his release from a Russian prison after 22 months. Credit: Getty Images'],
    ['a wire photo caption', 'Ukrainian prisoners of war are seen as they return after a swap, May 23, 2025. REUTERS/Valentyn Ogirenko Purchase Licensing Rights , opens new tab'],
    ['a byline', 'Writing by Christian Lowe; Editing by Andrew Cawthorne'],
    ['a standards footer', 'Our Standards: The Thomson Reuters Trust Principles. , opens new tab'],
    ['a comment prompt', 'How did your country report this? Share your view in the comments.'],
  ])('drops %s', (_name, paragraph) => {
    expect(isBoilerplate(paragraph)).toBe(true);
  });

  it.each([
    ['a report with a figure', 'Russia and Ukraine each exchanged 307 of their service personnel on Saturday.'],
    ['a quote mentioning support', '“We will support every family,” the governor said, adding that 12 people were killed.'],
    ['a sentence about subscribers', 'The outage hit 40,000 subscribers in the region on Monday.'],
    ['a report that mentions a photographer', 'A photographer was among the 15 people injured in the blast.'],
  ])('keeps %s', (_name, paragraph) => {
    expect(isBoilerplate(paragraph)).toBe(false);
  });
});

describe('stripBoilerplate', () => {
  it('keeps the reporting lines in order and drops the furniture between them', () => {
    const text = ['Swap continues', 'Russia and Ukraine exchanged 307 POWs.', 'Sign up here.', 'There should be 1,000 released on each side.', 'Writing by A; Editing by B'].join('\n');
    expect(stripBoilerplate(text)).toBe('Swap continues\nRussia and Ukraine exchanged 307 POWs.\nThere should be 1,000 released on each side.');
  });
});
