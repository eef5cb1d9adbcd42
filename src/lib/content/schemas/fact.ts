/**
 * A sourced figure (content/facts/<id>.yml): one language-neutral file per fact. Pages name a
 * fact by its file name (`<Fact id="…" />` in a body, `factById` in a template), so one change
 * here updates every page that shows it. Only figures with a public source and a period belong
 * here; where no source was found there is no fact (never an estimate).
 */
import { z } from 'astro/zod';
import { factUnits } from '../vocabulary';
import { say } from '../messages';
import { date, fields, httpsUrl, number, oneOf, onOff, show, text } from './fields';

/** A field that takes one of several forms: "not filled in" when it is missing. */
const eitherError = (form: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? say('required') : say('factForm', { waarde: show(issue.input), vorm: form });

/** Text in both languages. */
const bothLanguages = (what: string, max: number) =>
  fields({
    nl: text(max).describe(`${what}, in Dutch.`),
    en: text(max).describe(`${what}, in English.`),
  });

export const factSchema = () =>
  fields({
    value: z
      .union([number(), onOff(), text(20)], {
        error: eitherError('een getal (568161), true of false, of een korte tekst zoals "3:59"'),
      })
      .describe('The figure: a number (568161, 3.5), true/false for a yes-or-no fact, or a time such as "3:59".'),
    unit: oneOf(factUnits).describe('What the value counts: euro, minuten, dagen, procent, ja-nee, ...'),
    approximate: onOff().default(false).describe('The source says "about" or "almost": shown as "ongeveer" / "about".'),
    measures: bothLanguages('What the figure measures, as a short phrase', 160).describe(
      'What the figure measures, in Dutch and English.',
    ),
    place: text(80).describe('The place it is about, as the source names it: Amsterdam, Twente, Nederland.'),
    period: z
      .union([text(80), bothLanguages('The period', 80)], {
        error: eitherError('een tekst zoals "2023" of "Q2 2025", of een groep met nl en en'),
      })
      .describe('The period the figure is about, as the source gives it: "2023", "Q2 2025", or nl/en text.'),
    series: text(60).describe(
      'The measure and kind of source, e.g. cbs-koopprijs or kamernet-kamerhuur. Only facts of one series and one period are put side by side.',
    ),
    source: httpsUrl().describe('The web address of the source, https://.'),
    publisher: text(80).describe('Who published the source, as the link names it: CBS, government.nl, NS.'),
    evidence: text(600).describe('The sentence or table cell in the source that gives the figure, quoted.'),
    checked: date().describe('When the figure was last compared with its source; older than 12 months gives a warning.'),
  });
