/** The programme page: the plan's vision, the TALENT criteria, budget and partners. */
import { z } from 'astro/zod';
import { say } from '../messages';
import { fields, text, choice, number, pageFields, show } from './fields';

export const programmeSchema = () =>
  fields({
    ...pageFields(),
    vision: text(1200).describe("The plan's vision in a few sentences."),
    criteria: z
      .array(
        fields({
          letter: choice(['T', 'A', 'L', 'E', 'N']).describe("The letter of TALENT."),
          name: text(60).describe("Short name."),
          text: text(300).describe("The criterion, as the plan words it."),
        }),
      )
      .length(6, { error: (issue) => say('listWrongLength', { aantal: (issue.input as unknown[]).length, aantal_nodig: 6 }) }).describe("The six TALENT criteria activities are tested against (plan, chapter 4)."),
    cooperationBudget: z.record(z.string().regex(/^\d{4}$/, { error: (issue) => say('notYear', { waarde: show(issue.input) }) }), number({ int: true }).min(0)).describe("Budget for cooperation with talent and partners per year, in euros (plan, 6.2)."),
    partners: z.array(fields({ name: text(80).describe('Name of the partner.'), role: text(300).describe('What they do in the programme.') })).min(1).describe("Partners the programme works with."),
    source: text(200).describe("The source document."),
  });
